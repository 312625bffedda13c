package naba.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import naba.ml.ModelFormatException;

/**
 * Dense vectors of the frequent proclitic-free news words: a truncated SVD of their positive-PMI matrix against the
 * words one and two places to their left and right, so that words used alike get close vectors («دمشق» and «حلب»,
 * «لافروف» and «كيري»). {@link WindowNetwork} reads them. Each dimension is standardized and stored in a byte.
 *
 * <p>Immutable and thread-safe.
 */
final class WordVectors {
    /** Stored values are the standardized value times this, rounded and clipped to a byte. */
    private static final float QUANT = 24f;
    /** Extra random directions of the randomized SVD beyond the dimensions kept. */
    private static final int OVERSAMPLE = 32;

    private final LongIntMap rows;
    private final byte[] values;
    private final int dims;

    private WordVectors(LongIntMap rows, byte[] values, int dims) {
        this.rows = rows;
        this.values = values;
        this.dims = dims;
    }

    int dims() {
        return dims;
    }

    int words() {
        return rows.size();
    }

    /** The row of the word with this {@link WordHash} of its proclitic-free form, or -1. */
    int row(long bareHash) {
        return rows.get(bareHash, 0) - 1;
    }

    /** Dimension {@code d} of row {@code row}. */
    float value(int row, int d) {
        return values[row * dims + d] / QUANT;
    }

    /**
     * Builds the vectors of the {@code targets} most frequent types of {@code corpus} (type ids, -1 at boundaries; the
     * types are proclitic-free forms) from their contexts among the {@code contexts} most frequent types, keeping
     * {@code dims} dimensions. Deterministic for a seed.
     */
    static WordVectors build(int[] corpus, List<String> types, int targets, int contexts, int dims, long seed) {
        WordContexts words = new WordContexts(corpus, types.size(), targets, contexts);
        int nT = words.rows;
        int[][] csr = ppmi(corpus, words);
        byte[] values = standardized(randomizedSvd(csr, nT, 4 * words.columns, dims, seed), nT, dims);
        LongIntMap rows = new LongIntMap(nT * 2);
        for (int i = 0; i < nT; i++) {
            rows.put(WordHash.of(types.get(words.byFrequency[i])), i + 1);
        }
        return new WordVectors(rows, values, dims);
    }

    /**
     * The positive PMI of each target row with the context columns at -2, -1, +1, +2 ({@link WordContexts#counts}:
     * a word two places away counts half), as {row starts, column ids, values as float bits}.
     */
    private static int[][] ppmi(int[] corpus, WordContexts words) {
        int nT = words.rows;
        int nC = words.columns;
        int width = 4 * nC;
        float[] counts = words.counts(corpus, 2);
        words.margins(counts, width);
        int[] starts = new int[nT + 1];
        int[] cols = new int[1024];
        int[] vals = new int[1024];
        int z = 0;
        for (int r = 0; r < nT; r++) {
            starts[r] = z;
            for (int c = 0; c < width; c++) {
                float v = counts[r * width + c];
                if (v <= 0) {
                    continue;
                }
                double pmi = words.pmi(r, c, v);
                if (pmi > 0) {
                    if (z == cols.length) {
                        cols = Arrays.copyOf(cols, z * 2);
                        vals = Arrays.copyOf(vals, z * 2);
                    }
                    cols[z] = c;
                    vals[z] = Float.floatToIntBits((float) pmi);
                    z++;
                }
            }
        }
        starts[nT] = z;
        return new int[][] {starts, Arrays.copyOf(cols, z), Arrays.copyOf(vals, z)};
    }

    /**
     * Rows of U·S^½ of the rank-{@code k} truncated SVD of the sparse matrix (randomized range finder with one power
     * iteration, then the eigen-decomposition of the small projected Gram matrix), {@code k} values per row.
     */
    private static float[] randomizedSvd(int[][] csr, int nRows, int width, int k, long seed) {
        int[] starts = csr[0];
        int[] cols = csr[1];
        int[] bits = csr[2];
        int m = k + OVERSAMPLE;
        Random random = new Random(seed);
        float[] omega = new float[width * m];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = (float) random.nextGaussian();
        }
        double[][] q = new double[m][nRows];
        for (int r = 0; r < nRows; r++) {
            for (int e = starts[r]; e < starts[r + 1]; e++) {
                float v = Float.intBitsToFloat(bits[e]);
                int o = cols[e] * m;
                for (int j = 0; j < m; j++) {
                    q[j][r] += v * omega[o + j];
                }
            }
        }
        orthonormalize(q, nRows);
        // One power iteration: Q = orth(A Aᵀ Q) sharpens the spectrum.
        double[][] z = transposeTimes(csr, q, nRows, width);
        orthonormalize(z, width);
        q = times(csr, z, nRows);
        orthonormalize(q, nRows);
        double[][] b = transposeTimes(csr, q, nRows, width);
        double[][] gram = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double s = 0;
                for (int c = 0; c < width; c++) {
                    s += b[i][c] * b[j][c];
                }
                gram[i][j] = s;
                gram[j][i] = s;
            }
        }
        double[][] eigenvectors = new double[m][m];
        double[] eigenvalues = jacobi(gram, eigenvectors, m);
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> Double.compare(eigenvalues[y], eigenvalues[x]));
        float[] out = new float[nRows * k];
        for (int d = 0; d < k; d++) {
            int comp = idx[d];
            double scale = Math.pow(Math.max(eigenvalues[comp], 0), 0.25);
            for (int r = 0; r < nRows; r++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += q[j][r] * eigenvectors[j][comp];
                }
                out[r * k + d] = (float) (s * scale);
            }
        }
        return out;
    }

    /** Aᵀ·Q for Q given as m columns of length nRows; m columns of length width. */
    private static double[][] transposeTimes(int[][] csr, double[][] q, int nRows, int width) {
        double[][] out = new double[q.length][width];
        for (int r = 0; r < nRows; r++) {
            for (int e = csr[0][r]; e < csr[0][r + 1]; e++) {
                float v = Float.intBitsToFloat(csr[2][e]);
                int c = csr[1][e];
                for (int j = 0; j < q.length; j++) {
                    out[j][c] += v * q[j][r];
                }
            }
        }
        return out;
    }

    /** A·Z for Z given as m columns of length width; m columns of length nRows. */
    private static double[][] times(int[][] csr, double[][] z, int nRows) {
        double[][] out = new double[z.length][nRows];
        for (int r = 0; r < nRows; r++) {
            for (int e = csr[0][r]; e < csr[0][r + 1]; e++) {
                float v = Float.intBitsToFloat(csr[2][e]);
                int c = csr[1][e];
                for (int j = 0; j < z.length; j++) {
                    out[j][r] += v * z[j][c];
                }
            }
        }
        return out;
    }

    /** Gram-Schmidt on the columns. */
    private static void orthonormalize(double[][] columns, int length) {
        for (int j = 0; j < columns.length; j++) {
            double[] cj = columns[j];
            for (int i = 0; i < j; i++) {
                double[] ci = columns[i];
                double dot = 0;
                for (int r = 0; r < length; r++) {
                    dot += ci[r] * cj[r];
                }
                for (int r = 0; r < length; r++) {
                    cj[r] -= dot * ci[r];
                }
            }
            double norm = 0;
            for (int r = 0; r < length; r++) {
                norm += cj[r] * cj[r];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int r = 0; r < length; r++) {
                    cj[r] /= norm;
                }
            }
        }
    }

    /** Cyclic Jacobi eigen-decomposition of the symmetric {@code a} (destroyed); eigenvectors in the columns of v. */
    private static double[] jacobi(double[][] a, double[][] v, int n) {
        for (int i = 0; i < n; i++) {
            Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < n; r++) {
                        double arp = a[r][p];
                        double arq = a[r][q];
                        a[r][p] = c * arp - s * arq;
                        a[r][q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < n; r++) {
                        double apr = a[p][r];
                        double aqr = a[q][r];
                        a[p][r] = c * apr - s * aqr;
                        a[q][r] = s * apr + c * aqr;
                    }
                    for (int r = 0; r < n; r++) {
                        double vrp = v[r][p];
                        double vrq = v[r][q];
                        v[r][p] = c * vrp - s * vrq;
                        v[r][q] = s * vrp + c * vrq;
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i][i];
        }
        return out;
    }

    /** Each dimension to mean 0 and deviation 1, quantized to bytes. */
    private static byte[] standardized(float[] vectors, int n, int dims) {
        byte[] out = new byte[n * dims];
        for (int d = 0; d < dims; d++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double x = vectors[r * dims + d];
                sum += x;
                squares += x * x;
            }
            double mean = n == 0 ? 0 : sum / n;
            double sd = n == 0 ? 1 : Math.sqrt(Math.max(1e-12, squares / n - mean * mean));
            for (int r = 0; r < n; r++) {
                long q = Math.round((vectors[r * dims + d] - mean) / sd * QUANT);
                out[r * dims + d] = (byte) Math.max(-127, Math.min(127, q));
            }
        }
        return out;
    }

    /**
     * Writes the words' keys, then their values: apart, the values compress by 0.15 MB more than row by row (format
     * 5 of {@link NerModel}; {@link #read} also reads the rows of earlier files).
     */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(dims);
        // In row order, so rows stay in frequency order once read (the network's contexts skip the first rows).
        long[] keys = rows.keys();
        long[] byRow = new long[keys.length];
        for (long k : keys) {
            byRow[rows.get(k, 0) - 1] = k;
        }
        out.writeInt(byRow.length);
        for (long k : byRow) {
            out.writeLong(k);
        }
        out.write(values);
    }

    /** Reads what {@link #write} wrote; with {@code byRow}, a table of earlier files, each key with its values. */
    static WordVectors read(DataInputStream in, boolean byRow) throws IOException {
        int dims = in.readInt();
        int n = in.readInt();
        if (dims <= 0 || dims > 4096 || n < 0 || n > 10_000_000) {
            throw new ModelFormatException("bad word-vector table: " + n + " words of " + dims + " dimensions");
        }
        LongIntMap rows = new LongIntMap(n * 2 + 16);
        byte[] values = new byte[n * dims];
        for (int r = 0; r < n; r++) {
            rows.put(in.readLong(), r + 1);
            if (byRow) {
                in.readFully(values, r * dims, dims);
            }
        }
        if (!byRow) {
            in.readFully(values);
        }
        return new WordVectors(rows, values, dims);
    }
}
