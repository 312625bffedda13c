package naba.ner;

import java.util.Arrays;

/**
 * The frequent words of a corpus (type ids, -1 at boundaries) against the words around them, as {@link WordClusterer}
 * and {@link WordVectors} count them: the {@code targets} most frequent types are the rows of a count matrix, the
 * {@code contexts} most frequent its context columns («قال» and «في» are columns; «دمشق» and «حلب» rows). Then
 * {@link #pmi} weighs a count by positive PMI with the context distribution smoothed to the power 0.75, as word2vec
 * does.
 */
final class WordContexts {
    /** Type ids by falling frequency (ties by id): row {@code i} is type {@code byFrequency[i]}. */
    final int[] byFrequency;
    /** Per type its row, or -1. */
    final int[] row;
    /** Per type its context column, or -1. */
    final int[] column;
    final int rows;
    final int columns;

    private double[] rowSums;
    private double[] smoothed;
    private double smoothedTotal;

    WordContexts(int[] corpus, int typeCount, int targets, int contexts) {
        int[] freq = new int[typeCount];
        for (int t : corpus) {
            if (t >= 0) {
                freq[t]++;
            }
        }
        Integer[] order = new Integer[typeCount];
        for (int i = 0; i < typeCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> freq[b] != freq[a] ? Integer.compare(freq[b], freq[a]) : Integer.compare(a, b));
        byFrequency = new int[typeCount];
        for (int i = 0; i < typeCount; i++) {
            byFrequency[i] = order[i];
        }
        rows = Math.min(targets, typeCount);
        columns = Math.min(contexts, typeCount);
        row = new int[typeCount];
        column = new int[typeCount];
        Arrays.fill(row, -1);
        Arrays.fill(column, -1);
        for (int i = 0; i < rows; i++) {
            row[byFrequency[i]] = i;
        }
        for (int i = 0; i < columns; i++) {
            column[byFrequency[i]] = i;
        }
    }

    /**
     * How often each row's type has each context type at distances 1 to {@code reach} on either side, within a
     * stretch without boundary; a context at distance {@code d} counts {@code 1/d}. Row-major, {@code 2 * reach}
     * blocks of {@link #columns} per row: distances {@code reach .. 1} on the left, then {@code 1 .. reach} on the right.
     */
    float[] counts(int[] corpus, int reach) {
        int width = 2 * reach * columns;
        float[] counts = new float[rows * width];
        for (int p = 0; p < corpus.length; p++) {
            int t = corpus[p];
            if (t < 0 || row[t] < 0) {
                continue;
            }
            int base = row[t] * width;
            boolean left = true;
            boolean right = true;
            for (int d = 1; d <= reach; d++) {
                float weight = 1f / d;
                int q = p - d;
                left &= q >= 0 && corpus[q] >= 0;
                if (left && column[corpus[q]] >= 0) {
                    counts[base + (reach - d) * columns + column[corpus[q]]] += weight;
                }
                q = p + d;
                right &= q < corpus.length && corpus[q] >= 0;
                if (right && column[corpus[q]] >= 0) {
                    counts[base + (reach - 1 + d) * columns + column[corpus[q]]] += weight;
                }
            }
        }
        return counts;
    }

    /** Takes the margins of {@code counts} ({@link #rows} × {@code width}, row-major) for {@link #pmi}. */
    void margins(float[] counts, int width) {
        rowSums = new double[rows];
        double[] columnSums = new double[width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                float v = counts[r * width + c];
                rowSums[r] += v;
                columnSums[c] += v;
            }
        }
        smoothed = new double[width];
        smoothedTotal = 0;
        for (int c = 0; c < width; c++) {
            smoothed[c] = Math.pow(columnSums[c], 0.75);
            smoothedTotal += smoothed[c];
        }
    }

    /** The PMI of count {@code v} at row {@code r}, column {@code c} (after {@link #margins}); 0 and below: none. */
    double pmi(int r, int c, float v) {
        return Math.log((v / rowSums[r]) / (smoothed[c] / smoothedTotal));
    }

    /** True when row {@code r} counted no context at all. */
    boolean empty(int r) {
        return rowSums[r] == 0;
    }
}
