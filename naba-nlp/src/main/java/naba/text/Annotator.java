package naba.text;

import java.util.Set;

/**
 * Adds layers to a document. Implementations are immutable and thread-safe, load their models once, and
 * return {@code d.with(key, value)} for each layer they produce. A tokenizer, for example, requires nothing
 * and produces {@link Layers#TOKENS} for «قال كيري».
 */
public interface Annotator {
    /** Layers that must be present before {@link #annotate} runs. */
    Set<LayerKey<?>> requires();

    /** Layers this annotator adds. */
    Set<LayerKey<?>> produces();

    /** Returns a copy of {@code document} with this annotator's layers added. */
    Document annotate(Document document);

    /** A short name for messages, e.g. {@code "tokenizer"}. */
    default String name() {
        return getClass().getSimpleName();
    }
}
