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
import naba.text.EntityType;

/**
 * A small feed-forward network that guesses each token's label from the token and its two neighbours on each side:
 * their {@link WordVectors}, their own and their affixes' trained embeddings, a few bits per word (unknown,
 * proclitic, gazetteer classes, frequency), and the news vectors of the sentences around. It sees
 * «غادر فالفيردي مدريد» as «a rare word shaped like the names in the news, between a verb and a city», which the
 * sparse features cannot generalize from one training sentence. Its guesses enter the second stage as five features
 * per token ({@link #features}); alone its span F1 on dev is about 68.
 *
 * <p>Layers: per word, a learned projection of its vector to {@code E} values, its word and affix embeddings and its
 * bits; the five positions concatenated; one ReLU layer of {@code H} units, which also reads the sentence's
 * standardized context; a softmax over the labels. Trained with Adagrad, dropout on the hidden layer and on whole
 * words. Immutable once trained and thread-safe (the table of remembered word shares only caches values that are
 * functions of their keys).
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
    /** Sentences on each side whose words make a sentence's context. */
    static final int CONTEXT_REACH = 2;
    /** Vector rows of the most frequent words (function words), left out of contexts; at most a tenth of them. */
    private static final int CONTEXT_SKIP = 150;

    /**
     * Sizes and training length.
     *
     * @param projection values each word vector is projected to (E)
     * @param hidden     hidden units (H)
     * @param epochs     passes over the training sentences
     * @param context    whether the network also reads each sentence's context ({@link #contexts})
     * @param wordDims   values of each word's own trained embedding (hashed; 0: none)
     * @param affixDims  values of each word's trained affix embedding (sum over its hashed prefixes and suffixes of
     *                   two and three letters; 0: none)
     */
    record Shape(int projection, int hidden, int epochs, boolean context, int wordDims, int affixDims) {
        Shape(int projection, int hidden, int epochs, boolean context) {
            this(projection, hidden, epochs, context, 0, 0);
        }
    }

    /** Rows of the hashed word and affix embedding tables. */
    private static final int WORD_ROWS = 1 << 17;
    private static final int AFFIX_ROWS = 1 << 14;
    /** Ids per token: the word's, then its affixes'. */
    private static final int IDS = 5;

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
    /**
     * Context input ({@code k x h}), and the mean and inverse deviation that standardize raw contexts; all null in
     * a network without context input.
     */
    private final float[] wc;
    private final float[] contextMean;
    private final float[] contextScale;
    /** Trained embeddings: {@code ws} values per hashed word, {@code as} per hashed affix (null when 0). */
    private final int ws;
    private final int as;
    private final float[] wordEmbedding;
    private final float[] affixEmbedding;
    /** Values per token before its bits: projection, word embedding, affix embedding. */
    private final int wb;
    /** Each vector row's projection ({@code e} values per row), computed once the weights are final; else null. */
    private final float[] projected;
    /**
     * Words' shares of the hidden sums kept across texts, so the frequent ones are computed once: a direct-mapped
     * table whose slots are filled once, by the first word hashed there, and never replaced (at most
     * {@link #MEMO_SLOTS} entries of 1.3 KB). A share is a function of its key, so hits and misses give the same
     * floats; the entries are immutable, so threads may share the table without locks.
     */
    private final Memo[] memo = new Memo[MEMO_SLOTS];

    /**
     * 2^15 slots keep about three in four of a news text's distinct words (1,000 SaudiNewsNet articles: 73 %, against
     * 47 % with 2^13), for at most 43 MB; a miss costs a word's five shares, the tagger's largest cost after the
     * perceptrons' weight reads.
     */
    private static final int MEMO_BITS = 15;
    private static final int MEMO_SLOTS = 1 << MEMO_BITS;

    private record Memo(long key, float[] shares) {
    }

    private WindowNetwork(WordVectors vectors, NerLexicon lexicon, int labels, int e, int h, float[] projection,
            float[] w1, float[] b1, float[] w2, float[] b2, float[] wc, float[] contextMean, float[] contextScale,
            int ws, int as, float[] wordEmbedding, float[] affixEmbedding, boolean trained) {
        this.vectors = vectors;
        this.lexicon = lexicon;
        this.stripper = new ProcliticStripper(lexicon);
        this.labels = labels;
        this.k = vectors.dims();
        this.e = e;
        this.h = h;
        this.ws = ws;
        this.as = as;
        this.wordEmbedding = wordEmbedding;
        this.affixEmbedding = affixEmbedding;
        this.wb = e + ws + as;
        this.in = POSITIONS * (wb + BITS);
        this.projection = projection;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.wc = wc;
        this.contextMean = contextMean;
        this.contextScale = contextScale;
        this.projected = trained ? projectAll() : null;
    }

    /** The trained network, with every row's projection computed once (the same sums as {@link #projectRow}). */
    private WindowNetwork trained() {
        return new WindowNetwork(vectors, lexicon, labels, e, h, projection, w1, b1, w2, b2, wc, contextMean,
                contextScale, ws, as, wordEmbedding, affixEmbedding, true);
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

    /** A network with random initial weights; its context standardization is filled in by {@link #train}. */
    private static WindowNetwork initial(WordVectors vectors, NerLexicon lexicon, int labels, Shape shape,
            long seed) {
        Random random = new Random(seed);
        int k = vectors.dims();
        int e = shape.projection();
        int h = shape.hidden();
        int ws = shape.wordDims();
        int as = shape.affixDims();
        int in = POSITIONS * (e + ws + as + BITS);
        float[] projection = gaussian(k * e, Math.sqrt(1.0 / k), random);
        float[] w1 = gaussian(in * h, Math.sqrt(2.0 / in), random);
        float[] w2 = gaussian(h * labels, Math.sqrt(1.0 / h), random);
        float[] wc = null;
        float[] mean = null;
        float[] scale = null;
        if (shape.context()) {
            // Drawn after the other weights, so a network without context starts as before.
            wc = gaussian(k * h, Math.sqrt(1.0 / k), random);
            mean = new float[k];
            scale = new float[k];
        }
        // Embeddings start at zero: a word or affix never trained on reads as nothing.
        return new WindowNetwork(vectors, lexicon, labels, e, h, projection, w1, new float[h], w2, new float[labels],
                wc, mean, scale, ws, as, ws == 0 ? null : new float[WORD_ROWS * ws],
                as == 0 ? null : new float[AFFIX_ROWS * as], false);
    }

    /** Per dimension, the mean of the raw contexts and one over their standard deviation. */
    private static void standardization(float[][] raw, float[] mean, float[] scale) {
        int k = mean.length;
        double[] sum = new double[k];
        double[] squares = new double[k];
        for (float[] c : raw) {
            for (int d = 0; d < k; d++) {
                sum[d] += c[d];
                squares[d] += (double) c[d] * c[d];
            }
        }
        int n = Math.max(1, raw.length);
        for (int d = 0; d < k; d++) {
            double m = sum[d] / n;
            double variance = squares[d] / n - m * m;
            mean[d] = (float) m;
            scale[d] = variance > 1e-12 ? (float) (1 / Math.sqrt(variance)) : 0f;
        }
    }

    /**
     * Each sentence's raw context: the mean word vector of its content words and those of the {@link #CONTEXT_REACH}
     * sentences on each side (zero when there are none). A sports page and a cabinet report differ here, which tells
     * «برشلونة» the club from «برشلونة» the city.
     */
    private float[][] contexts(List<Encoded> sentences) {
        int m = sentences.size();
        float[][] sums = new float[m][k];
        int[] counts = new int[m];
        int skip = Math.min(CONTEXT_SKIP, vectors.words() / 10);
        for (int s = 0; s < m; s++) {
            for (int r : sentences.get(s).rows()) {
                if (r >= skip) {
                    for (int d = 0; d < k; d++) {
                        sums[s][d] += vectors.value(r, d);
                    }
                    counts[s]++;
                }
            }
        }
        float[][] out = new float[m][k];
        for (int s = 0; s < m; s++) {
            int count = 0;
            for (int t = Math.max(0, s - CONTEXT_REACH); t <= Math.min(m - 1, s + CONTEXT_REACH); t++) {
                count += counts[t];
                for (int d = 0; d < k; d++) {
                    out[s][d] += sums[t][d];
                }
            }
            if (count > 0) {
                for (int d = 0; d < k; d++) {
                    out[s][d] /= count;
                }
            }
        }
        return out;
    }

    /** The hidden layer's bias for one sentence: {@code b1}, plus its standardized context's contribution. */
    private float[] bias(float[] rawContext, float[] standardized) {
        if (wc == null || rawContext == null) {
            return b1;
        }
        float[] bias = b1.clone();
        for (int d = 0; d < k; d++) {
            float c = (rawContext[d] - contextMean[d]) * contextScale[d];
            standardized[d] = c;
            if (c == 0f) {
                continue;
            }
            int o = d * h;
            for (int j = 0; j < h; j++) {
                bias[j] += c * wc[o + j];
            }
        }
        return bias;
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
    private record Encoded(int[] rows, float[] bits, int[] ids, long[] keys) {
        int size() {
            return rows.length;
        }
    }

    /**
     * A text as networks read it: each sentence {@link Encoded}, and each sentence's raw context (null for a network
     * without context input). Networks of one model that {@link #readsLike} each other read the same {@code Text},
     * so an ensemble's networks encode «قال كيري إن روسيا» once.
     */
    record Text(List<Encoded> sentences, float[][] contexts, WindowNetwork reader) {
    }

    /** {@code sentences}, SEARCH-normalized and consecutive, encoded for {@link #probabilities(Text)}. */
    Text read(List<String[]> sentences) {
        List<Encoded> encoded = encodeAll(sentences);
        return new Text(encoded, wc == null ? null : contexts(encoded), this);
    }

    /**
     * True when {@code other} encodes a text as this network does: the same word vectors, lexicon, embedding sizes
     * and context input.
     */
    boolean readsLike(WindowNetwork other) {
        return vectors == other.vectors && lexicon == other.lexicon && ws == other.ws && as == other.as
                && (wc == null) == (other.wc == null);
    }

    private List<Encoded> encodeAll(List<String[]> sentences) {
        List<Encoded> encoded = new ArrayList<>(sentences.size());
        for (String[] sentence : sentences) {
            encoded.add(encode(sentence));
        }
        return encoded;
    }

    private Encoded encode(String[] norms) {
        int n = norms.length;
        int[] rows = new int[n];
        float[] bits = new float[n * BITS];
        int[] ids = new int[n * IDS];
        Arrays.fill(ids, -1);
        // What a token's inputs depend on: its proclitic-free form (hashed as WordHash reads it) and whether it had
        // a proclitic.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            String t = norms[i];
            int cut = stripper.strip(t);
            long bare = WordHash.of(t, cut, t.length());
            rows[i] = vectors.row(bare);
            embeddingIds(t, cut, bare, ids, i * IDS);
            keys[i] = WordHash.mix(bare, cut > 0 ? 1 : 0);
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
        return new Encoded(rows, bits, ids, keys);
    }

    /** The word's embedding row and its affixes' (two and three letters at each end, after «ال»); -1 for none. */
    private void embeddingIds(String t, int cut, long bare, int[] ids, int o) {
        if (ws > 0) {
            ids[o] = (int) ((bare >>> 1) % WORD_ROWS);
        }
        if (as == 0) {
            return;
        }
        int from = t.startsWith(ProcliticStripper.ARTICLE, cut) && t.length() - cut > 4
                ? cut + ProcliticStripper.ARTICLE.length() : cut;
        int len = t.length() - from;
        for (int a = 2; a <= 3; a++) {
            if (len > a) {
                int kind = 2 * (a - 2);
                ids[o + 1 + kind] = (int) ((WordHash.mix(WordHash.of(t, from, from + a), kind) >>> 1) % AFFIX_ROWS);
                ids[o + 2 + kind] = (int) ((WordHash.mix(WordHash.of(t, t.length() - a, t.length()), kind + 1) >>> 1)
                        % AFFIX_ROWS);
            }
        }
    }

    /**
     * Label probabilities of each token of consecutive SEARCH-normalized sentences of one text: per sentence,
     * {@code labels} values per token. Each sentence's context comes from the sentences around it ({@link #contexts}).
     *
     * <p>A token's inputs depend only on its word and whether it had a proclitic, so each distinct one's share of the
     * hidden sums, at each of the five window positions, is computed once per text; a token then adds five shares.
     * This sums in another order than training does, which changes the probabilities by rounding only.
     */
    float[][] probabilities(List<String[]> sentences) {
        return probabilities(read(sentences));
    }

    /** As {@link #probabilities(List)}, over a text that a network that {@link #readsLike} this one has read. */
    float[][] probabilities(Text text) {
        if (!readsLike(text.reader())) {
            throw new IllegalArgumentException("window network: the text was read by a network that reads otherwise");
        }
        List<Encoded> encoded = text.sentences();
        float[][] contexts = text.contexts();
        int m = encoded.size();
        int share = POSITIONS * h;
        // The boundary bit's share at each position, for windows reaching outside the sentence.
        float[] edge = new float[share];
        int w = wb + BITS;
        for (int p = 0; p < POSITIONS; p++) {
            System.arraycopy(w1, (p * w + wb) * h, edge, p * h, h);
        }
        LongIntMap slots = new LongIntMap(1024);
        float[][] shares = new float[64][]; // per distinct word of the text: its memo entry's array, or its own
        int distinct = 0;
        float[] z = new float[wb];
        float[] hidden = new float[h];
        float[] o = new float[labels];
        float[] standardized = new float[k];
        int[] nz = new int[w];
        float[] nv = new float[w];
        float[][] out = new float[m][];
        for (int s = 0; s < m; s++) {
            Encoded enc = encoded.get(s);
            int n = enc.size();
            int[] slot = new int[n];
            for (int i = 0; i < n; i++) {
                long key = enc.keys()[i];
                int known = slots.get(key, 0) - 1;
                if (known < 0) {
                    known = distinct++;
                    slots.put(key, known + 1);
                    if (shares.length < distinct) {
                        shares = Arrays.copyOf(shares, 2 * distinct);
                    }
                    int ms = (int) (key >>> (64 - MEMO_BITS));
                    Memo hit = memo[ms];
                    if (hit != null && hit.key() == key) {
                        shares[known] = hit.shares();
                    } else {
                        float[] mine = new float[share];
                        tokenValues(enc.rows()[i], enc.ids(), i * IDS, z, 0);
                        share(z, 0, enc.bits(), i * BITS, mine, 0, nz, nv);
                        shares[known] = mine;
                        if (hit == null) {
                            memo[ms] = new Memo(key, mine);
                        }
                    }
                }
                slot[i] = known;
            }
            float[] bias = bias(wc == null ? null : contexts[s], standardized);
            float[] probabilities = new float[n * labels];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bias, 0, hidden, 0, h);
                for (int p = 0; p < POSITIONS; p++) {
                    int t = i + p - WIN;
                    float[] from = t < 0 || t >= n ? edge : shares[slot[t]];
                    int fo = p * h;
                    for (int j = 0; j < h; j++) {
                        hidden[j] += from[fo + j];
                    }
                }
                output(hidden, o, null);
                System.arraycopy(o, 0, probabilities, i * labels, labels);
            }
            out[s] = probabilities;
        }
        return out;
    }

    /**
     * One token's share of the hidden sums at each window position, into {@code shares} from {@code so}: its
     * {@code wb} values in {@code z} from {@code zo}, then its bits from {@code bo}. {@code nz} and {@code nv} are
     * scratch space of {@code wb + BITS} entries.
     */
    private void share(float[] z, int zo, float[] bits, int bo, float[] shares, int so, int[] nz, float[] nv) {
        int width = wb + BITS;
        int count = 0;
        for (int a = 0; a < width; a++) {
            float xa = a < wb ? z[zo + a] : bits[bo + a - wb];
            if (xa != 0f) {
                nz[count] = a;
                nv[count++] = xa;
            }
        }
        for (int p = 0; p < POSITIONS; p++) {
            weightedRows(nz, nv, count, p * width, null, shares, so + p * h);
        }
    }

    /**
     * Into {@code out} from {@code oo}, for each hidden unit: {@code start}'s value (zero when null) plus the
     * {@code count} non-zero inputs {@code values[c]} times their weights in row {@code base + rows[c]} of
     * {@code w1}, added in that order. Eight units at a time, their sums in registers.
     */
    private void weightedRows(int[] rows, float[] values, int count, int base, float[] start, float[] out, int oo) {
        // Locals let the JIT keep the arrays and sizes in registers.
        final float[] w = w1;
        final int hh = h;
        int j0 = 0;
        for (; j0 + 8 <= hh; j0 += 8) {
            float s0 = start == null ? 0 : start[j0];
            float s1 = start == null ? 0 : start[j0 + 1];
            float s2 = start == null ? 0 : start[j0 + 2];
            float s3 = start == null ? 0 : start[j0 + 3];
            float s4 = start == null ? 0 : start[j0 + 4];
            float s5 = start == null ? 0 : start[j0 + 5];
            float s6 = start == null ? 0 : start[j0 + 6];
            float s7 = start == null ? 0 : start[j0 + 7];
            for (int c = 0; c < count; c++) {
                float xa = values[c];
                int wo = (base + rows[c]) * hh + j0;
                s0 += xa * w[wo];
                s1 += xa * w[wo + 1];
                s2 += xa * w[wo + 2];
                s3 += xa * w[wo + 3];
                s4 += xa * w[wo + 4];
                s5 += xa * w[wo + 5];
                s6 += xa * w[wo + 6];
                s7 += xa * w[wo + 7];
            }
            out[oo + j0] = s0;
            out[oo + j0 + 1] = s1;
            out[oo + j0 + 2] = s2;
            out[oo + j0 + 3] = s3;
            out[oo + j0 + 4] = s4;
            out[oo + j0 + 5] = s5;
            out[oo + j0 + 6] = s6;
            out[oo + j0 + 7] = s7;
        }
        for (int j = j0; j < hh; j++) {
            float sum = start == null ? 0 : start[j];
            for (int c = 0; c < count; c++) {
                sum += values[c] * w[(base + rows[c]) * hh + j];
            }
            out[oo + j] = sum;
        }
    }

    /**
     * One token's {@code wb} values into {@code z} from {@code zo}: the projection of its vector row {@code row}
     * (zero for an unknown word), its word embedding, and the sum of its affix embeddings ({@code ids} from
     * {@code io}).
     */
    private void tokenValues(int row, int[] ids, int io, float[] z, int zo) {
        Arrays.fill(z, zo, zo + wb, 0f);
        if (row >= 0 && projected != null) {
            System.arraycopy(projected, row * e, z, zo, e);
        } else if (row >= 0) {
            projectRow(row, z, zo);
        }
        int w = ids[io];
        if (w >= 0) {
            System.arraycopy(wordEmbedding, w * ws, z, zo + e, ws);
        }
        for (int a = 1; a < IDS; a++) {
            int r = ids[io + a];
            if (r < 0) {
                continue;
            }
            int ro = r * as;
            for (int j = 0; j < as; j++) {
                z[zo + e + ws + j] += affixEmbedding[ro + j];
            }
        }
    }

    /** The input layer of token {@code i}: per window position, its projection and bits (or the boundary bit). */
    private void input(int n, float[] z, float[] bits, int i, float[] x) {
        int w = wb + BITS;
        for (int p = 0; p < POSITIONS; p++) {
            int t = i + p - WIN;
            int o = p * w;
            if (t < 0 || t >= n) {
                Arrays.fill(x, o, o + w, 0f);
                x[o + wb] = 1;
            } else {
                System.arraycopy(z, t * wb, x, o, wb);
                System.arraycopy(bits, t * BITS, x, o + wb, BITS);
            }
        }
    }

    /**
     * Training's forward pass over one window's inputs {@code x}: hidden activations into {@code hidden} (with bias
     * {@code b1}), softmax into {@code o}; {@code drop} zeroes units; {@code nonZero} and {@code values} are scratch
     * space of {@code in} entries.
     */
    private void forward(float[] x, int[] nonZero, float[] values, float[] b1, float[] hidden, float[] o,
            boolean[] drop) {
        int count = 0;
        for (int a = 0; a < in; a++) {
            if (x[a] != 0f) {
                nonZero[count] = a;
                values[count++] = x[a];
            }
        }
        weightedRows(nonZero, values, count, 0, b1, hidden, 0);
        output(hidden, o, drop);
    }

    /** From the hidden sums: ReLU (and dropout when training) in place, then the softmax into {@code o}. */
    private void output(float[] hidden, float[] o, boolean[] drop) {
        final float[] v = w2;
        final int hh = h;
        final int ll = labels;
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
        List<Encoded> encoded = net.encodeAll(sentences);
        float[][] contexts = new float[sentences.size()][0];
        if (shape.context()) {
            contexts = net.contexts(encoded);
            standardization(contexts, net.contextMean, net.contextScale);
        }
        net.fit(encoded, gold, contexts, shape.epochs(), seed);
        return net.trained();
    }

    private void fit(List<Encoded> encoded, List<int[]> gold, float[][] contexts, int epochs, long seed) {
        Random random = new Random(seed);
        float[][] squares = {fill(projection.length), fill(w1.length), fill(h), fill(w2.length), fill(labels),
            fill(wc == null ? 0 : wc.length), fill(ws == 0 ? 0 : wordEmbedding.length),
            fill(as == 0 ? 0 : affixEmbedding.length)};
        float[] gWc = squares[5];
        float[] gWord = squares[6];
        float[] gAffix = squares[7];
        float[] standardized = new float[k];
        float[] gProjection = squares[0];
        float[] gW1 = squares[1];
        float[] gB1 = squares[2];
        float[] gW2 = squares[3];
        float[] gB2 = squares[4];
        List<Integer> order = new ArrayList<>(encoded.size());
        for (int i = 0; i < encoded.size(); i++) {
            order.add(i);
        }
        float[] x = new float[in];
        int[] nonZero = new int[in];
        float[] values = new float[in];
        float[] hidden = new float[h];
        float[] o = new float[labels];
        float[] dHidden = new float[h];
        float[] dx = new float[in];
        boolean[] drop = new boolean[h];
        float[] z = new float[64 * wb];
        float[] dz = new float[64 * wb];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int si : order) {
                Encoded enc = encoded.get(si);
                int n = enc.size();
                if (n == 0) {
                    continue;
                }
                if (z.length < n * wb) {
                    z = new float[n * wb];
                    dz = new float[n * wb];
                }
                int[] rows = enc.rows().clone();
                int[] ids = enc.ids().clone();
                float[] bits = enc.bits();
                boolean copied = false;
                for (int i = 0; i < n; i++) {
                    if (rows[i] >= 0 && random.nextFloat() < WORD_DROPOUT) {
                        if (!copied) {
                            bits = bits.clone();
                            copied = true;
                        }
                        rows[i] = -1;
                        ids[i * IDS] = -1; // a dropped word keeps its affixes, as an unseen one has them
                        bits[i * BITS + 1] = 1;
                    }
                }
                for (int i = 0; i < n; i++) {
                    tokenValues(rows[i], ids, i * IDS, z, i * wb);
                }
                Arrays.fill(dz, 0, n * wb, 0f);
                float[] bias = bias(contexts[si], standardized);
                int[] y = gold.get(si);
                for (int i = 0; i < n; i++) {
                    input(n, z, bits, i, x);
                    for (int j = 0; j < h; j++) {
                        drop[j] = random.nextFloat() < DROPOUT;
                    }
                    forward(x, nonZero, values, bias, hidden, o, drop);
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
                    if (wc != null) {
                        // The sentence's bias keeps the context's contribution from the sentence's start.
                        for (int d = 0; d < k; d++) {
                            float c = standardized[d];
                            if (c == 0f) {
                                continue;
                            }
                            int o2 = d * h;
                            for (int j = 0; j < h; j++) {
                                float g = c * dHidden[j];
                                if (g != 0f) {
                                    adagrad(wc, gWc, o2 + j, g);
                                }
                            }
                        }
                    }
                    int w = wb + BITS;
                    for (int p = 0; p < POSITIONS; p++) {
                        int t = i + p - WIN;
                        if (t >= 0 && t < n) {
                            for (int j = 0; j < wb; j++) {
                                dz[t * wb + j] += dx[p * w + j];
                            }
                        }
                    }
                }
                // The projection is updated once per sentence, from every window the word appeared in.
                for (int t = 0; t < n; t++) {
                    int wo = ids[t * IDS];
                    if (wo >= 0) {
                        for (int j = 0; j < ws; j++) {
                            adagrad(wordEmbedding, gWord, wo * ws + j, dz[t * wb + e + j]);
                        }
                    }
                    for (int a = 1; a < IDS; a++) {
                        int ra = ids[t * IDS + a];
                        if (ra >= 0) {
                            for (int j = 0; j < as; j++) {
                                adagrad(affixEmbedding, gAffix, ra * as + j, dz[t * wb + e + ws + j]);
                            }
                        }
                    }
                    int r = rows[t];
                    if (r < 0) {
                        continue;
                    }
                    int zo = t * wb;
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
        int types = EntityType.values().length;
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
            f[k + 1] = FeatureHash.of(FIRST_TEMPLATE + 1, best, bucket(confidence, CONFIDENCE_CUTS));
            f[k + 2] = FeatureHash.of(FIRST_TEMPLATE + 2, best, firstLabels[i]);
            f[k + 3] = FeatureHash.of(FIRST_TEMPLATE + 3, bucket(1 - probabilities[o], ENTITY_CUTS));
            f[k + 4] = FeatureHash.of(FIRST_TEMPLATE + 4, bestType, bucket(bestMass, MASS_CUTS));
        }
        return f;
    }

    /** Bucket bounds of the label's probability, of any entity's, and of the most likely type's mass. */
    private static final float[] CONFIDENCE_CUTS = {0.5f, 0.7f, 0.9f, 0.97f};
    private static final float[] ENTITY_CUTS = {0.05f, 0.2f, 0.5f, 0.8f};
    private static final float[] MASS_CUTS = {0.1f, 0.3f, 0.5f, 0.7f, 0.9f};

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
     * followed, per token, by {@link #features} of each network's {@code probabilities}; the features of network
     * {@code k} are {@link #memberFeature renamed} for {@code k}, so each network keeps weights of its own.
     */
    static int[] appendFeatures(int[] stackFeatures, List<float[]> probabilities, int[] firstLabels, int labels) {
        int n = firstLabels.length;
        int a = StackFeatures.PER_TOKEN;
        int per = a + probabilities.size() * PER_TOKEN;
        int[] out = new int[n * per];
        for (int i = 0; i < n; i++) {
            System.arraycopy(stackFeatures, i * a, out, i * per, a);
        }
        for (int k = 0; k < probabilities.size(); k++) {
            int[] mine = features(probabilities.get(k), firstLabels, labels);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < PER_TOKEN; j++) {
                    out[i * per + a + k * PER_TOKEN + j] = memberFeature(mine[i * PER_TOKEN + j], k);
                }
            }
        }
        return out;
    }

    /**
     * Feature {@code id} of network {@code member} of a model that reads several: the first network's features
     * keep their ids (a one-network model is unchanged), the others' are renamed.
     */
    static int memberFeature(int id, int member) {
        return member == 0 ? id : FeatureHash.of(FIRST_TEMPLATE + PER_TOKEN, id, member);
    }

    /** Every id {@link #features} can give over {@code labels} labels (to move a network's weights, see above). */
    static int[] featureIds(int labels) {
        int types = EntityType.values().length;
        List<Integer> ids = new ArrayList<>();
        for (int best = 0; best < labels; best++) {
            ids.add(FeatureHash.of(FIRST_TEMPLATE, best));
            for (int b = 0; b <= CONFIDENCE_CUTS.length; b++) {
                ids.add(FeatureHash.of(FIRST_TEMPLATE + 1, best, b));
            }
            for (int first = 0; first < labels; first++) {
                ids.add(FeatureHash.of(FIRST_TEMPLATE + 2, best, first));
            }
        }
        for (int b = 0; b <= ENTITY_CUTS.length; b++) {
            ids.add(FeatureHash.of(FIRST_TEMPLATE + 3, b));
        }
        for (int t = 0; t < types; t++) {
            for (int b = 0; b <= MASS_CUTS.length; b++) {
                ids.add(FeatureHash.of(FIRST_TEMPLATE + 4, t, b));
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * This network as {@link #write} stores it: its trained embeddings rounded to 8 bits per value on a grid of its
     * own per row, its weights to 16 bits on a grid per array (a quarter and a half of the floats' size). The
     * trainer keeps the rounded network, so its second stage learns with the guesses the file gives.
     */
    WindowNetwork quantized() {
        return new WindowNetwork(vectors, lexicon, labels, e, h, rounded(projection), rounded(w1), rounded(b1),
                rounded(w2), rounded(b2), rounded(wc), contextMean, contextScale, ws, as,
                rounded(wordEmbedding, ws, BYTE), rounded(affixEmbedding, as, BYTE), true);
    }

    private static final int BYTE = Byte.MAX_VALUE;
    private static final int SHORT = Short.MAX_VALUE;

    private static float[] rounded(float[] weights) {
        return weights == null ? null : rounded(weights, weights.length, SHORT);
    }

    /** {@code table} rounded row by row ({@code dims} values each) to {@code levels} steps each side of zero. */
    private static float[] rounded(float[] table, int dims, int levels) {
        if (table == null) {
            return null;
        }
        float[] out = new float[table.length];
        for (int r = 0; r < table.length; r += dims) {
            float step = step(table, r, dims, levels);
            for (int j = r; j < r + dims && step > 0; j++) {
                out[j] = Math.round(table[j] / step) * step; // within ±levels: the step covers the row's largest
            }
        }
        return out;
    }

    /**
     * The grid step of one row: the least power of two that puts its largest magnitude within {@code levels} steps
     * (0 for a row of zeros). A power of two keeps rounding exact, so a network read from a file rounds to itself.
     */
    private static float step(float[] table, int from, int dims, int levels) {
        float max = 0f;
        for (int j = from; j < from + dims; j++) {
            max = Math.max(max, Math.abs(table[j]));
        }
        if (max == 0f) {
            return 0f;
        }
        float step = Math.scalb(1f, Math.getExponent(max / levels));
        return step * levels >= max ? step : 2 * step;
    }

    /**
     * Writes the network without its word vectors, which the model writes once for all its networks; weights and
     * trained embeddings as {@link #quantized} rounds them, in the order {@link #read} reads them.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels);
        out.writeInt(e);
        out.writeInt(h);
        out.writeBoolean(wc != null);
        out.writeInt(ws);
        out.writeInt(as);
        for (float[] weights : new float[][] {projection, w1, b1, w2, b2, wc}) {
            if (weights != null) {
                writeRounded(out, weights, weights.length, SHORT);
            }
        }
        if (wc != null) {
            writeFloats(out, contextMean);
            writeFloats(out, contextScale);
        }
        writeRounded(out, wordEmbedding, ws, BYTE);
        writeRounded(out, affixEmbedding, as, BYTE);
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    /** {@code table} as {@link #rounded(float[], int, int)} rounds it: per row its step, then its steps. */
    private static void writeRounded(DataOutputStream out, float[] table, int dims, int levels) throws IOException {
        if (table == null) {
            return;
        }
        out.writeInt(table.length);
        for (int r = 0; r < table.length; r += dims) {
            float step = step(table, r, dims, levels);
            out.writeFloat(step);
            for (int j = r; j < r + dims && step > 0; j++) {
                int q = Math.round(table[j] / step);
                if (levels == BYTE) {
                    out.writeByte(q);
                } else {
                    out.writeShort(q);
                }
            }
        }
    }

    private static float[] readRounded(DataInputStream in, int length, int dims, int levels) throws IOException {
        int n = in.readInt();
        if (n != length) {
            throw new ModelFormatException("network weights: " + n + " values where " + length + " belong");
        }
        float[] table = new float[n];
        for (int r = 0; r < n; r += dims) {
            float step = in.readFloat();
            if (!(step >= 0 && step < 1e6f)) {
                throw new ModelFormatException("network weights: bad step " + step);
            }
            for (int j = r; j < r + dims && step > 0; j++) {
                table[j] = (levels == BYTE ? in.readByte() : in.readShort()) * step;
            }
        }
        return table;
    }

    private static float[] readFloats(DataInputStream in, int length) throws IOException {
        int n = in.readInt();
        if (n != length) {
            throw new ModelFormatException("network weights: " + n + " values where " + length + " belong");
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    /**
     * Reads what {@link #write} wrote, over the model's {@code vectors}; or, with {@code vectors} null, a network
     * of a format-3 or format-4 model file, which held its vectors and float embeddings ({@code withContextFlag} is
     * false for format 3, written before context input).
     */
    static WindowNetwork read(DataInputStream in, NerLexicon lexicon, WordVectors shared, boolean withContextFlag)
            throws IOException {
        boolean old = shared == null;
        WordVectors vectors = old ? WordVectors.read(in, true) : shared;
        int labels = in.readInt();
        int e = in.readInt();
        int h = in.readInt();
        if (labels <= 0 || labels > 1000 || e <= 0 || e > 4096 || h <= 0 || h > 4096) {
            throw new ModelFormatException("bad network shape: " + labels + " labels, " + e + " x " + h);
        }
        int k = vectors.dims();
        boolean context = withContextFlag && in.readBoolean();
        int ws = withContextFlag ? in.readInt() : 0;
        int as = withContextFlag ? in.readInt() : 0;
        if (ws < 0 || ws > 1024 || as < 0 || as > 1024) {
            throw new ModelFormatException("bad network embedding sizes: " + ws + ", " + as);
        }
        int in1 = POSITIONS * (e + ws + as + BITS);
        if (!old) {
            float[] projection = readRounded(in, k * e, k * e, SHORT);
            float[] w1 = readRounded(in, in1 * h, in1 * h, SHORT);
            float[] b1 = readRounded(in, h, h, SHORT);
            float[] w2 = readRounded(in, h * labels, h * labels, SHORT);
            float[] b2 = readRounded(in, labels, labels, SHORT);
            float[] wc = context ? readRounded(in, k * h, k * h, SHORT) : null;
            float[] contextMean = context ? readFloats(in, k) : null;
            float[] contextScale = context ? readFloats(in, k) : null;
            float[] wordEmbedding = ws > 0 ? readRounded(in, WORD_ROWS * ws, ws, BYTE) : null;
            float[] affixEmbedding = as > 0 ? readRounded(in, AFFIX_ROWS * as, as, BYTE) : null;
            return new WindowNetwork(vectors, lexicon, labels, e, h, projection, w1, b1, w2, b2, wc, contextMean,
                    contextScale, ws, as, wordEmbedding, affixEmbedding, true);
        }
        List<Integer> sizes = new ArrayList<>(List.of(k * e, in1 * h, h, h * labels, labels));
        if (context) {
            sizes.addAll(List.of(k * h, k, k));
        }
        if (ws > 0) {
            sizes.add(WORD_ROWS * ws);
        }
        if (as > 0) {
            sizes.add(AFFIX_ROWS * as);
        }
        float[][] arrays = new float[sizes.size()][];
        for (int a = 0; a < arrays.length; a++) {
            arrays[a] = readFloats(in, sizes.get(a));
        }
        int next = context ? 8 : 5;
        float[] wordEmbedding = ws > 0 ? arrays[next++] : null;
        float[] affixEmbedding = as > 0 ? arrays[next] : null;
        return new WindowNetwork(vectors, lexicon, labels, e, h, arrays[0], arrays[1], arrays[2], arrays[3],
                arrays[4], context ? arrays[5] : null, context ? arrays[6] : null, context ? arrays[7] : null, ws, as,
                wordEmbedding, affixEmbedding, true);
    }
}
