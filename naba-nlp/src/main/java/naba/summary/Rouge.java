package naba.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.text.Token;
import naba.text.TokenType;
import naba.tokenize.ArabicTokenizer;

/**
 * ROUGE F1 (Lin, 2004) between a candidate summary and a reference, over naba's search-normalized tokens: words and
 * numbers count, punctuation and symbols do not, so «الأميركية» and «الاميركية» match. ROUGE-N uses clipped n-gram
 * counts; ROUGE-L uses the longest common subsequence, with precision and recall weighted equally (β = 1).
 * Stateless and thread-safe.
 */
public final class Rouge {
    private Rouge() {
    }

    /** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate against one reference. */
    public record Scores(double rouge1, double rouge2, double rougeL) {
    }

    /** The normalized forms of the word and number tokens of {@code text}. */
    public static List<String> terms(String text) {
        return terms(ArabicTokenizer.INSTANCE.tokenize(text));
    }

    /** The normalized forms of the word and number tokens among {@code tokens}. */
    public static List<String> terms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            TokenType type = t.type();
            if (type == TokenType.PUNCT || type == TokenType.SYMBOL) {
                continue;
            }
            String norm = type == TokenType.LATIN ? t.norm().toLowerCase(java.util.Locale.ROOT) : t.norm();
            if (!norm.isEmpty()) {
                out.add(norm);
            }
        }
        return out;
    }

    public static Scores score(List<String> candidate, List<String> reference) {
        return new Scores(rougeN(candidate, reference, 1), rougeN(candidate, reference, 2),
                rougeL(candidate, reference));
    }

    /** ROUGE-N F1: clipped n-gram overlap; 0 when either side has no n-gram. */
    public static double rougeN(List<String> candidate, List<String> reference, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ROUGE-N needs n >= 1, got " + n);
        }
        int candidateCount = Math.max(0, candidate.size() - n + 1);
        int referenceCount = Math.max(0, reference.size() - n + 1);
        if (candidateCount == 0 || referenceCount == 0) {
            return 0;
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < referenceCount; i++) {
            counts.computeIfAbsent(gram(reference, i, n), g -> new int[1])[0]++;
        }
        int overlap = 0;
        for (int i = 0; i < candidateCount; i++) {
            int[] left = counts.get(gram(candidate, i, n));
            if (left != null && left[0] > 0) {
                left[0]--;
                overlap++;
            }
        }
        return f1(overlap, candidateCount, referenceCount);
    }

    /** ROUGE-L F1: longest common subsequence over candidate and reference lengths. */
    public static double rougeL(List<String> candidate, List<String> reference) {
        int m = candidate.size();
        int n = reference.size();
        if (m == 0 || n == 0) {
            return 0;
        }
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            String c = candidate.get(i - 1);
            for (int j = 1; j <= n; j++) {
                current[j] = c.equals(reference.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return f1(previous[n], m, n);
    }

    private static String gram(List<String> terms, int from, int n) {
        if (n == 1) {
            return terms.get(from);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(terms.get(i));
        }
        return sb.toString();
    }

    private static double f1(int overlap, int candidate, int reference) {
        if (overlap == 0) {
            return 0;
        }
        double p = (double) overlap / candidate;
        double r = (double) overlap / reference;
        return 2 * p * r / (p + r);
    }
}
