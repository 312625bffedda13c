package naba.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.LayerKey;

/**
 * An ordered, immutable chain of annotators, built once and shared across threads.
 * {@code pipeline.annotate("قال كيري إن روسيا")} returns a document with every layer of the chain.
 *
 * <p>{@link Builder#build()} checks that every annotator's required layers are produced by one before it, so a
 * broken pipeline fails when it is built, not on the first document.
 */
public final class Pipeline {
    private final List<Annotator> annotators;
    private final Set<LayerKey<?>> produces;

    private Pipeline(List<Annotator> annotators, Set<LayerKey<?>> produces) {
        this.annotators = List.copyOf(annotators);
        this.produces = Set.copyOf(produces);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Document annotate(String text) {
        return annotate(Document.of(text));
    }

    public Document annotate(String id, String text, DocumentMeta meta) {
        return annotate(Document.of(id, text, meta));
    }

    public Document annotate(Document document) {
        Document current = Objects.requireNonNull(document, "document");
        for (Annotator annotator : annotators) {
            current = annotator.annotate(current);
        }
        return current;
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Every layer a document has after {@link #annotate}. */
    public Set<LayerKey<?>> produces() {
        return produces;
    }

    /** Collects annotators in order; {@link #build()} validates the chain. */
    public static final class Builder {
        private final List<Annotator> annotators = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Annotator annotator) {
            annotators.add(Objects.requireNonNull(annotator, "annotator"));
            return this;
        }

        public Pipeline build() {
            Set<LayerKey<?>> available = new LinkedHashSet<>();
            for (Annotator annotator : annotators) {
                for (LayerKey<?> required : annotator.requires()) {
                    if (!available.contains(required)) {
                        throw new PipelineException(annotator.name() + " requires layer '" + required.name()
                                + "', which no earlier annotator produces; add " + required.producer()
                                + " before it");
                    }
                }
                available.addAll(annotator.produces());
            }
            return new Pipeline(annotators, available);
        }
    }
}
