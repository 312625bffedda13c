package naba.ml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, ordered set of label names with dense int ids: {@code LabelSet.of(List.of("NOUN", "VERB"))} maps
 * {@code NOUN} to 0 and {@code VERB} to 1. Models work with ids; names are only for files and output.
 */
public final class LabelSet {
    private final List<String> names;
    private final Map<String, Integer> ids;

    private LabelSet(List<String> names) {
        this.names = List.copyOf(names);
        this.ids = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            if (ids.put(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate label '" + this.names.get(i) + "'");
            }
        }
        if (this.names.isEmpty()) {
            throw new IllegalArgumentException("a label set needs at least one label");
        }
    }

    public static LabelSet of(List<String> names) {
        return new LabelSet(names);
    }

    public int size() {
        return names.size();
    }

    public String name(int id) {
        return names.get(id);
    }

    /** The id of {@code name}, or -1 when it is not a label. */
    public int id(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSet other && other.names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
