package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import naba.testing.SharedData;
import naba.text.Quantity;
import naba.text.QuantityKind;
import naba.text.TimeExpression;
import naba.text.Token;
import naba.tokenize.ArabicTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact-span F1 of the time and quantity taggers on the DATE and TIME, and the CARDINAL, MONEY, PERCENT and QUANTITY
 * annotations of the Wojood sample's validation file (nested IOB2; sentences are rebuilt by joining tokens with
 * spaces). Ordinals are Wojood's own type, so predicted ordinals are left out of the numeric score.
 */
class WojoodSpanTest {
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME");
    private static final Set<String> NUMERIC = Set.of("CARDINAL", "MONEY", "PERCENT", "QUANTITY");

    /** true positives, predicted, gold. */
    private static final int[] TIME_COUNTS = new int[3];
    private static final int[] NUMBER_COUNTS = new int[3];

    @BeforeAll
    static void score() throws IOException {
        Path val = SharedData.require("data/wojood-sample/val.txt");
        List<String> lines = Files.readAllLines(val, StandardCharsets.UTF_8);
        List<String[]> sentence = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                scoreSentence(sentence);
                sentence.clear();
            } else {
                sentence.add(line.trim().split(" "));
            }
        }
        scoreSentence(sentence);
        System.out.printf("wojood-sample val: time F1 %.3f (P %.3f R %.3f, gold %d); quantity F1 %.3f (P %.3f R %.3f, gold %d)%n",
                f1(TIME_COUNTS), precision(TIME_COUNTS), recall(TIME_COUNTS), TIME_COUNTS[2],
                f1(NUMBER_COUNTS), precision(NUMBER_COUNTS), recall(NUMBER_COUNTS), NUMBER_COUNTS[2]);
    }

    private static void scoreSentence(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size()];
        int[] ends = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(rows.get(i)[0]);
            ends[i] = text.length();
        }
        Set<Long> goldTime = goldSpans(rows, TEMPORAL, starts, ends);
        Set<Long> goldNumber = goldSpans(rows, NUMERIC, starts, ends);
        String s = text.toString();
        List<Token> tokens = ArabicTokenizer.INSTANCE.tokenize(s);
        List<TimeExpression> times = TimeExpressionTagger.INSTANCE.tag(s, tokens, null);
        List<Quantity> quantities = QuantityTagger.INSTANCE.tag(s, tokens, times, null);
        Set<Long> predictedTime = new HashSet<>();
        times.forEach(t -> predictedTime.add(key(t.start(), t.end())));
        Set<Long> predictedNumber = new HashSet<>();
        // Wojood's CARDINAL covers the number alone («12 ألف», not «حوالي 12 ألف رجل»); MONEY, PERCENT and
        // QUANTITY cover number and unit, without the qualifier.
        for (Quantity q : quantities) {
            if (q.kind() == QuantityKind.CARDINAL) {
                predictedNumber.add(key(q.numberStart(), q.numberEnd()));
            } else if (q.kind() != QuantityKind.ORDINAL) {
                predictedNumber.add(key(q.numberStart(), q.end()));
            }
        }
        count(TIME_COUNTS, predictedTime, goldTime);
        count(NUMBER_COUNTS, predictedNumber, goldNumber);
    }

    /** Spans of the given types; a type's B- starts a span and its I- continues it, whatever else the token has. */
    private static Set<Long> goldSpans(List<String[]> rows, Set<String> types, int[] starts, int[] ends) {
        Set<Long> spans = new HashSet<>();
        for (String type : types) {
            int i = 0;
            while (i < rows.size()) {
                if (hasTag(rows.get(i), "B-" + type)) {
                    int j = i + 1;
                    while (j < rows.size() && hasTag(rows.get(j), "I-" + type)) {
                        j++;
                    }
                    spans.add(key(starts[i], ends[j - 1]));
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return spans;
    }

    private static boolean hasTag(String[] row, String tag) {
        for (int k = 1; k < row.length; k++) {
            if (row[k].equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static void count(int[] counts, Set<Long> predicted, Set<Long> gold) {
        for (Long p : predicted) {
            if (gold.contains(p)) {
                counts[0]++;
            }
        }
        counts[1] += predicted.size();
        counts[2] += gold.size();
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Test
    void timeSpansReachTheirF1() {
        assertThat(f1(TIME_COUNTS)).isGreaterThanOrEqualTo(0.75); // measured 0.786
    }

    @Test
    void quantitySpansReachTheirF1() {
        assertThat(f1(NUMBER_COUNTS)).isGreaterThanOrEqualTo(0.45); // measured 0.494
    }
}
