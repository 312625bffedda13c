package naba.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import naba.ml.FeatureHash;
import naba.ml.ModelFormatException;

/**
 * A small feed-forward network that guesses each token's label from the {@link WordVectors} of the token and its two
 * neighbours on each side, plus a few bits per word (unknown, proclitic, gazetteer classes, frequency). It sees
 * «غادر فالفيردي مدريد» as «a rare word shaped like the names in the news, between a verb and a city», which the
 * sparse features cannot generalize from one training sentence. Its guesses enter the second stage as five features
 * per token ({@link #features}); alone it is a weak tagger (span F1 about 60 on dev).
 *
 * <p>Layers: a learned projection of each word vector to {@code E} values, the five positions concatenated with their
 * bits, one ReLU layer of {@code H} units, a softmax over the labels. Trained with Adagrad, dropout on the hidden
 * layer and on whole words. Immutable once trained and thread-safe.
 */
final class WindowNetwork {
    /** Second-stage templates computed from the network's label probabilities, in order. */
    static final List<String> TEMPLATES = List.of("net", "net+confidence", "net+p0", "net-entity-mass",
            "net-type+mass");
    static final int PER_TOKEN = TEMPLATES.size();
    private static final int FIRST_TEMPLATE = 300;

    private static final int WIN = 2;
    private static final int POSITIONS = 2 * WIN + 1;
    private static final int BITS = 16;
    private static final float DROPOUT = 0.25f;
    private static final float KEEP_SCALE = 1f / (1f - DROPOUT);
    private static final float WORD_DROPOUT = 0.1f;
    private static final float RATE = 0.05f;

    /**
     * Sizes and training length.
     *
     * @param projection values each word vector is projected to (E)
     * @param hidden     hidden units (H)
     * @param epochs     passes over the training sentences
     */
    record Shape(int projection, int hidden, int epochs) {
    }

    private final WordVectors vectors;
    private final NerLexicon lexicon;
    private final ProcliticStripper stripper;
    private final int labels;
    private final int k;
    private final int e;
    private final int h;
    private final int in;
    private final float[] projection;
    private final float[] w1;
    private final float[] b1;
    private final float[] w2;
    private final float[] b2;
    /** Each vector row's projection ({@code e} values per row), computed once the weights are final; else null. */
    private final float[] projected;

    private WindowNetwork(WordVectors vectors, NerLexicon lexicon, int labels, int e, int h, float[] projection,
            float[] w1, float[] b1, float[] w2, float[] b2, boolean trained) {
        this.vectors = vectors;
        this.lexicon = lexicon;
        this.stripper = new ProcliticStripper(lexicon);
        this.labels = labels;
        this.k = vectors.dims();
        this.e = e;
        this.h = h;
        this.in = POSITIONS * (e + BITS);
        this.projection = projection;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.projected = trained ? projectAll() : null;
    }

    /** The trained network, with every row's projection computed once (the same sums as {@link #project}). */
    private WindowNetwork trained() {
        return new WindowNetwork(vectors, lexicon, labels, e, h, projection, w1, b1, w2, b2, true);
    }

    private float[] projectAll() {
        int n = vectors.words();
        float[] out = new float[n * e];
        for (int r = 0; r < n; r++) {
            projectRow(r, out, r * e);
        }
        return out;
    }

    private void projectRow(int r, float[] z, int zo) {
        for (int d = 0; d < k; d++) {
            float v = vectors.value(r, d);
            int po = d * e;
            for (int j = 0; j < e; j++) {
                z[zo + j] += v * projection[po + j];
            }
        }
    }

    /** A network with random initial weights. */
    private static WindowNetwork initial(WordVectors vectors, NerLexicon lexicon, int labels, Shape shape,
            long seed) {
        Random random = new Random(seed);
        int k = vectors.dims();
        int e = shape.projection();
        int h = shape.hidden();
        int in = POSITIONS * (e + BITS);
        float[] projection = gaussian(k * e, Math.sqrt(1.0 / k), random);
        float[] w1 = gaussian(in * h, Math.sqrt(2.0 / in), random);
        float[] w2 = gaussian(h * labels, Math.sqrt(1.0 / h), random);
        return new WindowNetwork(vectors, lexicon, labels, e, h, projection, w1, new float[h], w2, new float[labels],
                false);
    }

    private static float[] gaussian(int n, double sd, Random random) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (random.nextGaussian() * sd);
        }
        return a;
    }

    WordVectors vectors() {
        return vectors;
    }

    /** One sentence as the network reads it: each token's vector row (-1 unknown) and its bits. */
    private record Encoded(int[] rows, float[] bits) {
        int size() {
            return rows.length;
        }
    }

    private Encoded encode(String[] norms) {
        int n = norms.length;
        int[] rows = new int[n];
        float[] bits = new float[n * BITS];
        for (int i = 0; i < n; i++) {
            String t = norms[i];
            int cut = stripper.strip(t);
            long bare = WordHash.of(t, cut, t.length());
            rows[i] = vectors.row(bare);
            int o = i * BITS;
            // Bit 0 marks positions outside the sentence; 1 unknown word; 2 proclitic; 3-8 gazetteer classes;
            // 9-14 frequency bucket; 15 no Arabic letter.
            if (rows[i] < 0) {
                bits[o + 1] = 1;
            }
            if (cut > 0) {
                bits[o + 2] = 1;
            }
            int gazetteer = lexicon.phraseClasses(bare);
            for (int b = 0; b < NerLexicon.CLASS_COUNT; b++) {
                if ((gazetteer >>> b & 1) != 0) {
                    bits[o + 3 + b] = 1;
                }
            }
            int count = lexicon.count(bare);
            int frequency = count == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(count);
            bits[o + 9 + Math.min(5, (frequency + 3) / 4)] = 1;
            boolean arabic = false;
            for (int c = cut; c < t.length() && !arabic; c++) {
                arabic = t.charAt(c) >= '\u0600' && t.charAt(c) <= '\u06FF';
            }
            if (!arabic) {
                bits[o + 15] = 1;
            }
        }
        return new Encoded(rows, bits);
    }

    /** Label probabilities of each token of a SEARCH-normalized sentence: {@code labels} values per token. */
    float[] probabilities(String[] norms) {
        Encoded enc = encode(norms);
        int n = enc.size();
        float[] out = new float[n * labels];
        float[] z = new float[Math.max(1, n * e)];
        float[] x = new float[in];
        int[] nonZero = new int[in];
        float[] hidden = new float[h];
        float[] o = new float[labels];
        project(enc.rows(), n, z);
        for (int i = 0; i < n; i++) {
            input(n, z, enc.bits(), i, x);
            forward(x, nonZero, hidden, o, null);
            System.arraycopy(o, 0, out, i * labels, labels);
        }
        return out;
    }

    /** Each token's projected vector (zero for unknown words): {@code e} values per token. */
    private void project(int[] rows, int n, float[] z) {
        Arrays.fill(z, 0, n * e, 0f);
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (r >= 0 && projected != null) {
                System.arraycopy(projected, r * e, z, i * e, e);
            } else if (r >= 0) {
                projectRow(r, z, i * e);
            }
        }
    }

    /** The input layer of token {@code i}: per window position, its projection and bits (or the boundary bit). */
    private void input(int n, float[] z, float[] bits, int i, float[] x) {
        int w = e + BITS;
        for (int p = 0; p < POSITIONS; p++) {
            int t = i + p - WIN;
            int o = p * w;
            if (t < 0 || t >= n) {
                Arrays.fill(x, o, o + w, 0f);
                x[o + e] = 1;
            } else {
                System.arraycopy(z, t * e, x, o, e);
                System.arraycopy(bits, t * BITS, x, o + e, BITS);
            }
        }
    }

    /**
     * Hidden activations into {@code hidden}, softmax into {@code o}; {@code drop} (training) zeroes units;
     * {@code nonZero} is scratch space of {@code in} ints.
     */
    private void forward(float[] x, int[] nonZero, float[] hidden, float[] o, boolean[] drop) {
        // Locals let the JIT keep the arrays and sizes in registers and vectorize the inner loops.
        final float[] w = w1;
        final float[] v = w2;
        final int hh = h;
        final int ll = labels;
        final int n = in;
        // The non-zero inputs once, then eight hidden units at a time with their sums in registers; each unit still
        // adds its inputs in index order, so training and tagging compute the same floats.
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (x[a] != 0f) {
                nonZero[count++] = a;
            }
        }
        int j0 = 0;
        for (; j0 + 8 <= hh; j0 += 8) {
            float s0 = b1[j0];
            float s1 = b1[j0 + 1];
            float s2 = b1[j0 + 2];
            float s3 = b1[j0 + 3];
            float s4 = b1[j0 + 4];
            float s5 = b1[j0 + 5];
            float s6 = b1[j0 + 6];
            float s7 = b1[j0 + 7];
            for (int c = 0; c < count; c++) {
                int a = nonZero[c];
                float xa = x[a];
                int wo = a * hh + j0;
                s0 += xa * w[wo];
                s1 += xa * w[wo + 1];
                s2 += xa * w[wo + 2];
                s3 += xa * w[wo + 3];
                s4 += xa * w[wo + 4];
                s5 += xa * w[wo + 5];
                s6 += xa * w[wo + 6];
                s7 += xa * w[wo + 7];
            }
            hidden[j0] = s0;
            hidden[j0 + 1] = s1;
            hidden[j0 + 2] = s2;
            hidden[j0 + 3] = s3;
            hidden[j0 + 4] = s4;
            hidden[j0 + 5] = s5;
            hidden[j0 + 6] = s6;
            hidden[j0 + 7] = s7;
        }
        for (int j = j0; j < hh; j++) {
            float sum = b1[j];
            for (int c = 0; c < count; c++) {
                int a = nonZero[c];
                sum += x[a] * w[a * hh + j];
            }
            hidden[j] = sum;
        }
        for (int j = 0; j < hh; j++) {
            float u = hidden[j] > 0 ? hidden[j] : 0;
            if (drop != null) {
                u = drop[j] ? 0 : u * KEEP_SCALE;
            }
            hidden[j] = u;
        }
        System.arraycopy(b2, 0, o, 0, ll);
        for (int j = 0; j < hh; j++) {
            float hj = hidden[j];
            if (hj == 0f) {
                continue;
            }
            int wo = j * ll;
            for (int y = 0; y < ll; y++) {
                o[y] += hj * v[wo + y];
            }
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < ll; y++) {
            max = Math.max(max, o[y]);
        }
        float sum = 0;
        for (int y = 0; y < ll; y++) {
            o[y] = (float) Math.exp(o[y] - max);
            sum += o[y];
        }
        for (int y = 0; y < ll; y++) {
            o[y] /= sum;
        }
    }

    /**
     * Trains a network on SEARCH-normalized sentences and their label ids (cross-entropy per token). Deterministic
     * for a seed.
     */
    static WindowNetwork train(List<String[]> sentences, List<int[]> gold, WordVectors vectors, NerLexicon lexicon,
            int labels, Shape shape, long seed) {
        WindowNetwork net = initial(vectors, lexicon, labels, shape, seed);
        net.fit(sentences, gold, shape.epochs(), seed);
        return net.trained();
    }

    private void fit(List<String[]> sentences, List<int[]> gold, int epochs, long seed) {
        Random random = new Random(seed);
        List<Encoded> encoded = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            encoded.add(encode(s));
        }
        float[][] squares = {fill(projection.length), fill(w1.length), fill(h), fill(w2.length), fill(labels)};
        float[] gProjection = squares[0];
        float[] gW1 = squares[1];
        float[] gB1 = squares[2];
        float[] gW2 = squares[3];
        float[] gB2 = squares[4];
        List<Integer> order = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        float[] x = new float[in];
        int[] nonZero = new int[in];
        float[] hidden = new float[h];
        float[] o = new float[labels];
        float[] dHidden = new float[h];
        float[] dx = new float[in];
        boolean[] drop = new boolean[h];
        float[] z = new float[64 * e];
        float[] dz = new float[64 * e];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int si : order) {
                Encoded enc = encoded.get(si);
                int n = enc.size();
                if (n == 0) {
                    continue;
                }
                if (z.length < n * e) {
                    z = new float[n * e];
                    dz = new float[n * e];
                }
                int[] rows = enc.rows().clone();
                float[] bits = enc.bits();
                boolean copied = false;
                for (int i = 0; i < n; i++) {
                    if (rows[i] >= 0 && random.nextFloat() < WORD_DROPOUT) {
                        if (!copied) {
                            bits = bits.clone();
                            copied = true;
                        }
                        rows[i] = -1;
                        bits[i * BITS + 1] = 1;
                    }
                }
                project(rows, n, z);
                Arrays.fill(dz, 0, n * e, 0f);
                int[] y = gold.get(si);
                for (int i = 0; i < n; i++) {
                    input(n, z, bits, i, x);
                    for (int j = 0; j < h; j++) {
                        drop[j] = random.nextFloat() < DROPOUT;
                    }
                    forward(x, nonZero, hidden, o, drop);
                    o[y[i]] -= 1; // gradient of the cross-entropy at the logits
                    for (int j = 0; j < h; j++) {
                        float hj = hidden[j];
                        int wo = j * labels;
                        float acc = 0;
                        for (int c = 0; c < labels; c++) {
                            acc += o[c] * w2[wo + c];
                        }
                        dHidden[j] = hj > 0 ? acc * KEEP_SCALE : 0;
                        if (hj != 0f) {
                            for (int c = 0; c < labels; c++) {
                                adagrad(w2, gW2, wo + c, hj * o[c]);
                            }
                        }
                    }
                    for (int c = 0; c < labels; c++) {
                        adagrad(b2, gB2, c, o[c]);
                    }
                    for (int a = 0; a < in; a++) {
                        float xa = x[a];
                        int wo = a * h;
                        float acc = 0;
                        for (int j = 0; j < h; j++) {
                            acc += dHidden[j] * w1[wo + j];
                        }
                        dx[a] = acc;
                        if (xa == 0f) {
                            continue;
                        }
                        for (int j = 0; j < h; j++) {
                            float g = xa * dHidden[j];
                            if (g != 0f) {
                                adagrad(w1, gW1, wo + j, g);
                            }
                        }
                    }
                    for (int j = 0; j < h; j++) {
                        adagrad(b1, gB1, j, dHidden[j]);
                    }
                    int w = e + BITS;
                    for (int p = 0; p < POSITIONS; p++) {
                        int t = i + p - WIN;
                        if (t >= 0 && t < n) {
                            for (int j = 0; j < e; j++) {
                                dz[t * e + j] += dx[p * w + j];
                            }
                        }
                    }
                }
                // The projection is updated once per sentence, from every window the word appeared in.
                for (int t = 0; t < n; t++) {
                    int r = rows[t];
                    if (r < 0) {
                        continue;
                    }
                    int zo = t * e;
                    for (int d = 0; d < k; d++) {
                        float v = vectors.value(r, d);
                        int po = d * e;
                        for (int j = 0; j < e; j++) {
                            adagrad(projection, gProjection, po + j, v * dz[zo + j]);
                        }
                    }
                }
            }
        }
    }

    private static void adagrad(float[] weights, float[] squares, int i, float gradient) {
        squares[i] += gradient * gradient;
        weights[i] -= RATE * gradient / (float) Math.sqrt(squares[i]);
    }

    private static float[] fill(int n) {
        float[] a = new float[n];
        Arrays.fill(a, 1e-6f);
        return a;
    }

    /**
     * The second-stage features of one sentence from the network's {@code probabilities} and the first stage's
     * label ids: {@link #PER_TOKEN} per token (the network's label; with its probability bucket; with the first
     * stage's label; the bucketed probability of any entity; the most likely type with its bucketed mass).
     */
    static int[] features(float[] probabilities, int[] firstLabels, int labels) {
        int n = firstLabels.length;
        int[] f = new int[n * PER_TOKEN];
        // Labels are O, then per entity type one label per prefix (B-x, I-x for BIO).
        int types = naba.text.EntityType.values().length;
        int perType = (labels - 1) / types;
        for (int i = 0; i < n; i++) {
            int o = i * labels;
            int best = 0;
            for (int c = 1; c < labels; c++) {
                if (probabilities[o + c] > probabilities[o + best]) {
                    best = c;
                }
            }
            int bestType = 0;
            float bestMass = -1;
            for (int t = 0; t < types; t++) {
                float mass = 0;
                for (int p = 0; p < perType; p++) {
                    mass += probabilities[o + 1 + perType * t + p];
                }
                if (mass > bestMass) {
                    bestMass = mass;
                    bestType = t;
                }
            }
            int k = i * PER_TOKEN;
            f[k] = FeatureHash.of(FIRST_TEMPLATE, best);
            float confidence = probabilities[o + best];
            f[k + 1] = FeatureHash.of(FIRST_TEMPLATE + 1, best, bucket(confidence, 0.5f, 0.7f, 0.9f, 0.97f));
            f[k + 2] = FeatureHash.of(FIRST_TEMPLATE + 2, best, firstLabels[i]);
            f[k + 3] = FeatureHash.of(FIRST_TEMPLATE + 3, bucket(1 - probabilities[o], 0.05f, 0.2f, 0.5f, 0.8f));
            f[k + 4] = FeatureHash.of(FIRST_TEMPLATE + 4, bestType, bucket(bestMass, 0.1f, 0.3f, 0.5f, 0.7f, 0.9f));
        }
        return f;
    }

    private static int bucket(float x, float... cuts) {
        int b = 0;
        for (float c : cuts) {
            if (x >= c) {
                b++;
            }
        }
        return b;
    }

    /**
     * One sentence's second-stage features: its {@link StackFeatures} ({@code StackFeatures.PER_TOKEN} per token)
     * followed by {@link #features} of the network's {@code probabilities}, per token.
     */
    static int[] appendFeatures(int[] stackFeatures, float[] probabilities, int[] firstLabels, int labels) {
        int n = firstLabels.length;
        int a = StackFeatures.PER_TOKEN;
        int[] mine = features(probabilities, firstLabels, labels);
        int[] out = new int[n * (a + PER_TOKEN)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(stackFeatures, i * a, out, i * (a + PER_TOKEN), a);
            System.arraycopy(mine, i * PER_TOKEN, out, i * (a + PER_TOKEN) + a, PER_TOKEN);
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        vectors.write(out);
        out.writeInt(labels);
        out.writeInt(e);
        out.writeInt(h);
        for (float[] a : List.of(projection, w1, b1, w2, b2)) {
            out.writeInt(a.length);
            for (float v : a) {
                out.writeFloat(v);
            }
        }
    }

    static WindowNetwork read(DataInputStream in, NerLexicon lexicon) throws IOException {
        WordVectors vectors = WordVectors.read(in);
        int labels = in.readInt();
        int e = in.readInt();
        int h = in.readInt();
        if (labels <= 0 || labels > 1000 || e <= 0 || e > 4096 || h <= 0 || h > 4096) {
            throw new ModelFormatException("bad network shape: " + labels + " labels, " + e + " x " + h);
        }
        int in1 = POSITIONS * (e + BITS);
        int[] sizes = {vectors.dims() * e, in1 * h, h, h * labels, labels};
        float[][] arrays = new float[5][];
        for (int a = 0; a < 5; a++) {
            int n = in.readInt();
            if (n != sizes[a]) {
                throw new ModelFormatException("network weights: " + n + " values where " + sizes[a] + " belong");
            }
            arrays[a] = new float[n];
            for (int i = 0; i < n; i++) {
                arrays[a][i] = in.readFloat();
            }
        }
        return new WindowNetwork(vectors, lexicon, labels, e, h, arrays[0], arrays[1], arrays[2], arrays[3],
                arrays[4], true);
    }
}
