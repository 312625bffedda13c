package naba.topic;

import java.util.Objects;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.LayerKey;
import naba.text.Layers;

/**
 * Adds {@link Layers#TOPIC}: a probability for each topic label. «أعلنت شركة أبل عن هاتف جديد» gets
 * {@code technology} first. Loads its model once; immutable and thread-safe.
 */
public final class TopicClassifier implements Annotator {
    private final TopicModel model;

    public TopicClassifier(TopicModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The classifier with the committed model, loaded on first use. */
    public static TopicClassifier standard() {
        return Holder.STANDARD;
    }

    public TopicModel model() {
        return model;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.TOPIC);
    }

    @Override
    public Document annotate(Document document) {
        return document.with(Layers.TOPIC, model.classify(document.layer(Layers.TOKENS)));
    }

    @Override
    public String name() {
        return "TopicClassifier";
    }

    private static final class Holder {
        static final TopicClassifier STANDARD = new TopicClassifier(TopicModel.load());
    }
}
