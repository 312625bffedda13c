package naba.ner;

import java.util.List;
import java.util.Map;
import naba.text.EntityType;

/**
 * Span-level scores of a {@link SpanTagger} on gold sentences: an entity counts only when its start, end and type all
 * match (CoNLL exact match). For gold «جون كيري» PERS, a predicted «كيري» PERS is one false positive and one false
 * negative.
 *
 * @param perType counts per type, every type present
 * @param micro   counts over all types
 * @param errors  every false positive and false negative, in corpus order
 */
public record NerReport(Map<EntityType, Counts> perType, Counts micro, List<Error> errors) {
    public NerReport {
        perType = Map.copyOf(perType);
        errors = List.copyOf(errors);
    }

    /**
     * True positives, false positives and false negatives, with the scores they give.
     *
     * @param truePositives  predicted spans that match a gold span exactly
     * @param falsePositives predicted spans that match none
     * @param falseNegatives gold spans that no prediction matches
     */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /**
     * One wrong span.
     *
     * @param sentence index of the sentence in the gold list
     * @param kind     {@code "FP"} (predicted, not gold) or {@code "FN"} (gold, missed)
     * @param type     the span's type
     * @param text     the span's tokens joined by spaces
     */
    public record Error(int sentence, String kind, EntityType type, String text) {
    }
}
