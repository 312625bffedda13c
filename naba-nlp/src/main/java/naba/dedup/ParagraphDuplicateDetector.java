package naba.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.InputException;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Paragraph;
import naba.text.ParagraphDuplicate;
import naba.text.Token;

/**
 * Finds paragraphs of one article that repeat each other, as when a desk merges two agencies' copy of the same call:
 * «قالت وزارة الخارجية الروسية إنه جرى خلال اتصال كيري مع لافروف مناقشة ... الوضع في سوريا» and «ذكرت وزارة الخارجية
 * الروسية ... بحثا في الجوانب المختلفة للوضع في سوريا». Two paragraphs pair when the shorter one shares at least
 * {@code threshold} of its content-word stems ({@link ContentWords}) with the other, and at least
 * {@value #MIN_SHARED} of them.
 *
 * <p>Candidates come from an inverted index of stems; stems found in more than {@value #MAX_POSTINGS} paragraphs do
 * not propose candidates, so a 20 MB article with thousands of paragraphs is not compared pair by pair. Immutable and
 * thread-safe.
 */
public final class ParagraphDuplicateDetector implements Annotator {
    /**
     * Set on the seed article: its pairs 7/9, 4/10 and 1/9 (counted from 1, the three its expected analysis lists) score
     * 0.5, 0.364 and 0.333; every other pair 0.308 or less.
     */
    public static final double DEFAULT_THRESHOLD = 0.33;
    public static final ParagraphDuplicateDetector INSTANCE = new ParagraphDuplicateDetector(DEFAULT_THRESHOLD);

    static final int MIN_SHARED = 4;
    static final int MAX_POSTINGS = 64;

    private final double threshold;

    public ParagraphDuplicateDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InputException("paragraph duplicate threshold " + threshold
                    + " is outside (0, 1]; use e.g. " + DEFAULT_THRESHOLD);
        }
        this.threshold = threshold;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.PARAGRAPHS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.PARAGRAPH_DUPLICATES);
    }

    @Override
    public String name() {
        return "ParagraphDuplicateDetector";
    }

    @Override
    public Document annotate(Document document) {
        return document.with(Layers.PARAGRAPH_DUPLICATES,
                find(document.layer(Layers.TOKENS), document.layer(Layers.PARAGRAPHS)));
    }

    /** The repeating paragraph pairs, ordered by first then second paragraph. */
    public List<ParagraphDuplicate> find(Layer<Token> tokens, Layer<Paragraph> paragraphs) {
        int n = paragraphs.size();
        if (n < 2) {
            return List.of();
        }
        List<List<String>> stemsOf = new ArrayList<>(n);
        Set<String> known = new HashSet<>();
        for (int p = 0; p < n; p++) {
            List<String> stems = ContentWords.INSTANCE.stems(tokens.within(paragraphs.get(p)));
            stemsOf.add(stems);
            known.addAll(stems);
        }
        Map<String, Integer> ids = new HashMap<>();
        int[][] sets = new int[n][];
        for (int p = 0; p < n; p++) {
            List<String> stems = stemsOf.get(p);
            int[] set = new int[stems.size()];
            for (int i = 0; i < set.length; i++) {
                String stem = ContentWords.INSTANCE.withoutConjunction(stems.get(i), known);
                set[i] = ids.computeIfAbsent(stem, k -> ids.size());
            }
            Arrays.sort(set);
            sets[p] = distinct(set);
        }
        int[][] postings = new int[ids.size()][];
        int[] postingSize = new int[ids.size()];
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        int[] candidates = new int[n];
        List<ParagraphDuplicate> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int found = 0;
            for (int stem : sets[p]) {
                int size = postingSize[stem];
                if (size > MAX_POSTINGS) {
                    continue;
                }
                for (int k = 0; k < size; k++) {
                    int q = postings[stem][k];
                    if (seen[q] != p) {
                        seen[q] = p;
                        candidates[found++] = q;
                    }
                }
            }
            Arrays.sort(candidates, 0, found);
            for (int c = 0; c < found; c++) {
                int q = candidates[c];
                int shared = intersection(sets[q], sets[p]);
                int smaller = Math.min(sets[q].length, sets[p].length);
                double similarity = smaller == 0 ? 0 : (double) shared / smaller;
                if (shared >= MIN_SHARED && similarity >= threshold) {
                    out.add(new ParagraphDuplicate(q, p, Math.round(similarity * 1000) / 1000.0, shared));
                }
            }
            for (int stem : sets[p]) {
                if (postings[stem] == null) {
                    postings[stem] = new int[4];
                } else if (postingSize[stem] == postings[stem].length) {
                    postings[stem] = Arrays.copyOf(postings[stem], postingSize[stem] * 2);
                }
                postings[stem][postingSize[stem]++] = p;
            }
        }
        out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(a.second(), b.second()));
        return List.copyOf(out);
    }

    private static int[] distinct(int[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    private static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
