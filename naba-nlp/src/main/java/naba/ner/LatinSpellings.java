package naba.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of Arabic names and their usual Latin spellings, read from a classpath resource of {@code Arabic<TAB>Latin}
 * lines ({@code #} starts a comment): «محمد» → Mohammed, «الدار البيضاء» → Casablanca. Keys are compared under
 * {@link KnownEntities#norm}, so any spelling of the Arabic matches. Immutable.
 */
final class LatinSpellings {
    private final Map<String, String> byName;

    private LatinSpellings(Map<String, String> byName) {
        this.byName = byName;
    }

    /** The Latin spelling of {@code arabic}, or null when the table lacks it. */
    String get(String arabic) {
        return byName.get(KnownEntities.norm(arabic));
    }

    /** Reads a table from the classpath; a missing resource or malformed line is a {@link NerException}. */
    static LatinSpellings resource(String resource) {
        Map<String, String> names = new HashMap<>();
        List<String> lines = NerCorpus.resourceLines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new NerException(resource + ":" + (i + 1) + ": expected 'Arabic<TAB>Latin'");
            }
            names.put(KnownEntities.norm(cols[0]), cols[1].strip());
        }
        return new LatinSpellings(Map.copyOf(names));
    }
}
