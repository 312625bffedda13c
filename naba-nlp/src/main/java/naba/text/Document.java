package naba.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One article: its original text, which is never modified, an id, metadata, and immutable annotation layers.
 * Offsets in every layer are UTF-16 code unit indexes into {@link #text()}: for «قال كيري» the token «كيري»
 * is {@code [4, 8)} and {@code text().substring(4, 8)} is «كيري».
 *
 * <p>Documents are immutable; {@link #with(LayerKey, Object)} returns a copy with one more layer.
 */
public final class Document {
    private final String id;
    private final String text;
    private final DocumentMeta meta;
    private final Map<LayerKey<?>, Object> layers;

    private Document(String id, String text, DocumentMeta meta, Map<LayerKey<?>, Object> layers) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.meta = Objects.requireNonNull(meta, "meta");
        this.layers = layers;
    }

    public static Document of(String text) {
        return new Document("doc", text, DocumentMeta.NONE, Map.of());
    }

    public static Document of(String id, String text, DocumentMeta meta) {
        return new Document(id, text, meta == null ? DocumentMeta.NONE : meta, Map.of());
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public DocumentMeta meta() {
        return meta;
    }

    /** The text a span covers: {@code text().substring(span.start(), span.end())}. */
    public String surface(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The layer under {@code key}; never null. */
    @SuppressWarnings("unchecked")
    public <T> T layer(LayerKey<T> key) {
        Object value = layers.get(key);
        if (value == null) {
            throw new MissingLayerException(key);
        }
        return (T) value;
    }

    public boolean has(LayerKey<?> key) {
        return layers.containsKey(key);
    }

    /** The keys of the layers present, in the order they were added. */
    public Set<LayerKey<?>> layerKeys() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** A copy of this document with {@code value} as layer {@code key} (replacing an earlier one). */
    public <T> Document with(LayerKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<LayerKey<?>, Object> copy = new LinkedHashMap<>(layers);
        copy.put(key, value);
        return new Document(id, text, meta, Collections.unmodifiableMap(copy));
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }
}
