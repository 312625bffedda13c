package naba.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The document's topic: a probability for every label the classifier knows, most probable first. For «فاز ريال مدريد
 * على برشلونة في الدوري» the first score is {@code sport}.
 *
 * @param scores every label with its probability, ordered by descending probability (ties by label)
 */
public record TopicDistribution(List<TopicScore> scores) {
    public TopicDistribution {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a topic distribution needs at least one label");
        }
        List<TopicScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingDouble(TopicScore::probability).reversed().thenComparing(TopicScore::label));
        scores = List.copyOf(sorted);
    }

    /** The most probable label. */
    public String label() {
        return scores.get(0).label();
    }

    /** The probability of the most probable label. */
    public double probability() {
        return scores.get(0).probability();
    }

    /** The probability of {@code label}, or 0 when the classifier does not know it. */
    public double probability(String label) {
        for (TopicScore s : scores) {
            if (s.label().equals(label)) {
                return s.probability();
            }
        }
        return 0;
    }
}
