package naba.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import naba.text.EntityType;

/**
 * Scores any {@link SpanTagger} against gold sentences at the span level (exact start, end and type), per type and
 * micro-averaged, the way conlleval does. Tagging «قال جون كيري» as PERS «جون كيري» against the same gold gives F1 1.
 */
public final class NerEvaluator {
    private NerEvaluator() {
    }

    public static NerReport evaluate(SpanTagger tagger, List<NerSentence> gold) {
        int[][] counts = new int[EntityType.values().length][3];
        List<NerReport.Error> errors = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>(gold.size());
        for (NerSentence sentence : gold) {
            tokens.add(sentence.tokens());
        }
        List<List<TokenSpan>> predictions = tagger.tagAll(tokens);
        for (int s = 0; s < gold.size(); s++) {
            NerSentence sentence = gold.get(s);
            List<TokenSpan> expected = sentence.spans();
            List<TokenSpan> predicted = predictions.get(s);
            Set<Long> goldKeys = new HashSet<>();
            for (TokenSpan g : expected) {
                goldKeys.add(key(g));
            }
            Set<Long> predictedKeys = new HashSet<>();
            for (TokenSpan p : predicted) {
                predictedKeys.add(key(p));
                if (goldKeys.contains(key(p))) {
                    counts[p.type().ordinal()][0]++;
                } else {
                    counts[p.type().ordinal()][1]++;
                    errors.add(new NerReport.Error(s, "FP", p.type(), text(sentence, p)));
                }
            }
            for (TokenSpan g : expected) {
                if (!predictedKeys.contains(key(g))) {
                    counts[g.type().ordinal()][2]++;
                    errors.add(new NerReport.Error(s, "FN", g.type(), text(sentence, g)));
                }
            }
        }
        Map<EntityType, NerReport.Counts> perType = new EnumMap<>(EntityType.class);
        NerReport.Counts micro = new NerReport.Counts(0, 0, 0);
        for (EntityType t : EntityType.values()) {
            int[] c = counts[t.ordinal()];
            NerReport.Counts typeCounts = new NerReport.Counts(c[0], c[1], c[2]);
            perType.put(t, typeCounts);
            micro = micro.plus(typeCounts);
        }
        return new NerReport(perType, micro, errors);
    }

    private static long key(TokenSpan s) {
        return ((long) s.start() << 32) | ((long) s.end() << 4) | s.type().ordinal();
    }

    private static String text(NerSentence sentence, TokenSpan span) {
        return String.join(" ", sentence.tokens().subList(span.start(), span.end()));
    }
}
