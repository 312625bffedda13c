package naba.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Cheap distributional word clusters from unlabeled text, for words the labelled corpus never shows: each frequent
 * word is described by the frequent words to its left and right (positive PMI), projected to a few dozen random
 * dimensions, and grouped by spherical k-means at two granularities. Names of cities fall together («دمشق», «حلب»,
 * «الموصل»), as do first names and ministries. Deterministic for a seed.
 */
final class WordClusterer {
    private final int targets;
    private final int contexts;
    private final int dims;
    private final int fine;
    private final int coarse;
    private final int iterations;
    private final long seed;

    WordClusterer(int targets, int contexts, int dims, int fine, int coarse, int iterations, long seed) {
        this.targets = targets;
        this.contexts = contexts;
        this.dims = dims;
        this.fine = fine;
        this.coarse = coarse;
        this.iterations = iterations;
        this.seed = seed;
    }

    /**
     * Clusters the most frequent types of {@code corpus} (type ids, -1 at boundaries), returning type id → packed
     * cluster id ({@code coarse << 16 | fine}).
     */
    Map<Integer, Integer> cluster(int[] corpus, int typeCount) {
        WordContexts words = new WordContexts(corpus, typeCount, targets, contexts);
        int nTargets = words.rows;
        int nContexts = words.columns;
        int width = 2 * nContexts;
        float[] counts = words.counts(corpus, 1);
        // Random projection of PPMI rows.
        words.margins(counts, width);
        Random random = new Random(seed);
        float[] projection = new float[width * dims];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = (float) random.nextGaussian();
        }
        float[] vectors = new float[nTargets * dims];
        for (int r = 0; r < nTargets; r++) {
            if (words.empty(r)) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                float v = counts[r * width + c];
                if (v == 0) {
                    continue;
                }
                double pmi = words.pmi(r, c, v);
                if (pmi <= 0) {
                    continue;
                }
                for (int d = 0; d < dims; d++) {
                    vectors[r * dims + d] += (float) pmi * projection[c * dims + d];
                }
            }
            normalize(vectors, r * dims, dims);
        }
        int[] fineIds = kmeans(vectors, nTargets, fine);
        int[] coarseIds = kmeans(vectors, nTargets, coarse);
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < nTargets; i++) {
            out.put(words.byFrequency[i], (coarseIds[i] << 16) | fineIds[i]);
        }
        return out;
    }

    private static void normalize(float[] v, int off, int dims) {
        double norm = 0;
        for (int d = 0; d < dims; d++) {
            norm += v[off + d] * v[off + d];
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dims; d++) {
                v[off + d] *= inv;
            }
        }
    }

    /** Spherical k-means, centroids started at evenly spaced words of the frequency order. */
    private int[] kmeans(float[] vectors, int n, int k) {
        k = Math.min(k, n);
        float[] centroids = new float[k * dims];
        for (int c = 0; c < k; c++) {
            int source = (int) ((long) c * n / k);
            System.arraycopy(vectors, source * dims, centroids, c * dims, dims);
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bestSim = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float sim = 0;
                    int vo = i * dims;
                    int co = c * dims;
                    for (int d = 0; d < dims; d++) {
                        sim += vectors[vo + d] * centroids[co + d];
                    }
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = c;
                    }
                }
                assign[i] = best;
            }
            Arrays.fill(centroids, 0f);
            for (int i = 0; i < n; i++) {
                int co = assign[i] * dims;
                for (int d = 0; d < dims; d++) {
                    centroids[co + d] += vectors[i * dims + d];
                }
            }
            for (int c = 0; c < k; c++) {
                normalize(centroids, c * dims, dims);
            }
        }
        return assign;
    }
}
