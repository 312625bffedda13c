package naba.text;

import java.util.Objects;

/**
 * One topic label with the classifier's probability for it: an article on «أسعار النفط» might get
 * {@code TopicScore("economy", 0.91)}.
 *
 * @param label       the topic label, e.g. {@code economy}
 * @param probability the softmax probability in [0, 1]; the scores of one distribution sum to 1
 */
public record TopicScore(String label, double probability) {
    public TopicScore {
        Objects.requireNonNull(label, "label");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("topic " + label + ": probability " + probability + " not in [0, 1]");
        }
    }
}
