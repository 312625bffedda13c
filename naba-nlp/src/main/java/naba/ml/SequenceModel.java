package naba.ml;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable first-order linear sequence model: a score per (hashed feature, label) plus a score per (previous
 * label, label) transition, decoded exactly with Viterbi. Tagging «قال كيري» with UPOS labels: fill a
 * {@link FeatureSequence} with two positions, call {@link #decode(FeatureSequence, int[])}, and read
 * {@code labels().name(out[i])}.
 *
 * <p>Feature ids are folded into {@code 2^hashBits} rows by multiplicative hashing; each row holds one weight per
 * label, so a position costs one row look-up per feature. A model without transitions ({@link #hasTransitions()}
 * false) is a plain multi-class classifier per position; {@link #classify} and {@link #scores} serve that case.
 *
 * <p>Thread-safe: nothing is mutated after construction; decoding allocates only per-sequence scratch arrays.
 * {@link #write} stores weights quantized to 16 bits, sparsely (zero weights are pruned), so a model saved and read
 * back decodes exactly like {@link #quantized()}.
 */
public final class SequenceModel {
    /** Format version of {@link #write}; {@link #read} rejects others. */
    public static final int FORMAT = 1;
    private static final int MAGIC = 0x4e41424d; // "NABM"

    private final LabelSet labels;
    private final int hashBits;
    private final float[] emission;
    /** Emission weights as 16-bit steps of {@link #scale} (read models; half the memory), else null. */
    private final short[] steps;
    private final float scale;
    /** For 16-bit models: one bit per weight row, set when the row has a non-zero weight (rows of unseen features
     * are all zero, and skipping them saves a cache miss each). */
    private final long[] liveRows;
    private final float[] transition;
    private final boolean[] allowed;
    private final boolean hasTransitions;

    SequenceModel(LabelSet labels, int hashBits, float[] emission, float[] transition, boolean[] allowed,
            boolean hasTransitions) {
        this(labels, hashBits, emission, null, 0f, transition, allowed, hasTransitions);
    }

    private SequenceModel(LabelSet labels, int hashBits, float[] emission, short[] steps, float scale,
            float[] transition, boolean[] allowed, boolean hasTransitions) {
        int l = labels.size();
        if (hashBits < 4 || hashBits > 26) {
            throw new IllegalArgumentException("hashBits must be in [4, 26], got " + hashBits);
        }
        int rows = emission != null ? emission.length : steps.length;
        if (rows != (1 << hashBits) * l || transition.length != (l + 1) * l
                || allowed.length != (l + 1) * l) {
            throw new IllegalArgumentException("weight arrays do not match " + l + " labels and " + hashBits
                    + " hash bits");
        }
        this.labels = labels;
        this.hashBits = hashBits;
        this.emission = emission;
        this.steps = steps;
        this.scale = scale;
        if (steps != null) {
            liveRows = new long[Math.max(1, (1 << hashBits) >>> 6)];
            for (int i = 0; i < steps.length; i++) {
                if (steps[i] != 0) {
                    int r = i / l;
                    liveRows[r >>> 6] |= 1L << r;
                }
            }
        } else {
            liveRows = null;
        }
        this.transition = transition;
        this.allowed = allowed;
        this.hasTransitions = hasTransitions;
    }

    public LabelSet labels() {
        return labels;
    }

    public int hashBits() {
        return hashBits;
    }

    /** True when decoding uses label-to-label transition scores (Viterbi); false for per-position classification. */
    public boolean hasTransitions() {
        return hasTransitions;
    }

    /** Whether {@code next} may follow {@code previous} ({@link TransitionConstraint#START} for the first). */
    public boolean allowed(int previous, int next) {
        return allowed[(previous + 1) * labels.size() + next];
    }

    /** Row of a feature id in the weight table. */
    static int row(int feature, int hashBits) {
        return (feature * 0x9E3779B9) >>> (32 - hashBits);
    }

    /** Writes the emission scores of {@code position} to {@code out[0 .. labels().size())}. */
    public void scores(FeatureSequence features, int position, float[] out) {
        emission(features, position, emission, out, 0, steps != null ? new int[labels.size()] : null);
    }

    /**
     * Writes the emission scores of {@code position} to {@code out[off .. off + labels().size())}: from {@code em},
     * or, when it is null, from the 16-bit steps (exact integer sums in {@code sums}, scaled once).
     */
    private void emission(FeatureSequence features, int position, float[] em, float[] out, int off, int[] sums) {
        int l = labels.size();
        int[] f = features.featureArray();
        if (em == null) {
            java.util.Arrays.fill(sums, 0);
            for (int k = features.start(position), e = features.end(position); k < e; k++) {
                int r = row(f[k], hashBits);
                if ((liveRows[r >>> 6] & (1L << r)) == 0) {
                    continue; // rows of unseen features are all zero
                }
                int base = r * l;
                for (int y = 0; y < l; y++) {
                    sums[y] += steps[base + y];
                }
            }
            for (int y = 0; y < l; y++) {
                out[off + y] = sums[y] * scale;
            }
            return;
        }
        java.util.Arrays.fill(out, off, off + l, 0f);
        for (int k = features.start(position), e = features.end(position); k < e; k++) {
            int base = row(f[k], hashBits) * l;
            for (int y = 0; y < l; y++) {
                out[off + y] += em[base + y];
            }
        }
    }

    /**
     * Emission scores of {@code position} for only the labels {@code ids[0 .. count)}: {@code out[k]} receives the
     * score of label {@code ids[k]}. Cheaper than {@link #scores} when few of many labels are possible, since only
     * their weights are read.
     */
    public void scores(FeatureSequence features, int position, int[] ids, int count, float[] out) {
        int l = labels.size();
        java.util.Arrays.fill(out, 0, count, 0f);
        int[] f = features.featureArray();
        if (steps != null) {
            int[] sums = new int[count];
            for (int k = features.start(position), e = features.end(position); k < e; k++) {
                int r = row(f[k], hashBits);
                if ((liveRows[r >>> 6] & (1L << r)) == 0) {
                    continue;
                }
                int base = r * l;
                for (int j = 0; j < count; j++) {
                    sums[j] += steps[base + ids[j]];
                }
            }
            for (int j = 0; j < count; j++) {
                out[j] = sums[j] * scale;
            }
            return;
        }
        for (int k = features.start(position), e = features.end(position); k < e; k++) {
            int base = row(f[k], hashBits) * l;
            for (int j = 0; j < count; j++) {
                out[j] += emission[base + ids[j]];
            }
        }
    }

    /** The best label of one position by emission scores alone (ties: lowest id). */
    public int classify(FeatureSequence features, int position, float[] scratch) {
        scores(features, position, scratch);
        int best = 0;
        for (int y = 1; y < labels.size(); y++) {
            if (scratch[y] > scratch[best]) {
                best = y;
            }
        }
        return best;
    }

    /** Decodes a whole sequence into a new array of label ids. */
    public int[] decode(FeatureSequence features) {
        int[] out = new int[features.size()];
        decode(features, out);
        return out;
    }

    /**
     * Writes the best label id of each position into {@code out} (length at least {@code features.size()}):
     * Viterbi over emission + transition scores, respecting the transition constraint; without transitions, each
     * position's own best allowed label.
     */
    public void decode(FeatureSequence features, int[] out) {
        decode(features, out, emission, transition);
    }

    /** Decodes with the given emission (or, when null, this model's 16-bit steps) and transition weights. */
    void decode(FeatureSequence features, int[] out, float[] em, float[] tr) {
        int n = features.size();
        if (n == 0) {
            return;
        }
        int l = labels.size();
        float[] local = new float[n * l];
        int[] sums = em == null ? new int[l] : null;
        for (int i = 0; i < n; i++) {
            emission(features, i, em, local, i * l, sums);
        }
        if (!hasTransitions) {
            for (int i = 0; i < n; i++) {
                int best = -1;
                for (int y = 0; y < l; y++) {
                    if (allowed[y] && (best < 0 || local[i * l + y] > local[i * l + best])) {
                        best = y;
                    }
                }
                out[i] = Math.max(best, 0);
            }
            return;
        }
        float[] delta = new float[n * l];
        int[] back = new int[n * l];
        final float minus = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            delta[y] = allowed[y] ? local[y] + tr[y] : minus;
        }
        for (int i = 1; i < n; i++) {
            int off = i * l;
            int prevOff = off - l;
            for (int y = 0; y < l; y++) {
                float best = minus;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    int t = (p + 1) * l + y;
                    if (!allowed[t]) {
                        continue;
                    }
                    float s = delta[prevOff + p] + tr[t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                delta[off + y] = best + local[off + y];
                back[off + y] = arg;
            }
        }
        int last = (n - 1) * l;
        int best = 0;
        for (int y = 1; y < l; y++) {
            if (delta[last + y] > delta[last + best]) {
                best = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * l + best];
        }
    }

    /**
     * The mean of models trained on the same labels, hash bits and feature templates (by different seeds, say): its
     * score of any feature sequence is the mean of theirs, so Viterbi over it decodes their ensemble at the cost of
     * one model. A feature only one model knows (its own network's guesses, say, for «كيري») can keep that model's
     * weights apart: the row of {@code own[k][j]} in model {@code k} is moved to the row of {@code renamed[k][j]},
     * which that model's tagging input then carries instead. Its weights are rounded to {@link #MEAN_BITS} bits.
     *
     * @param own     per model, feature ids whose rows belong to that model alone (may be empty)
     * @param renamed per model, the ids those rows move to
     */
    public static SequenceModel mean(List<SequenceModel> models, int[][] own, int[][] renamed) {
        SequenceModel first = models.get(0);
        int l = first.labels.size();
        int bits = first.hashBits;
        float[] emission = new float[(1 << bits) * l];
        float[] transition = new float[first.transition.length];
        for (int k = 0; k < models.size(); k++) {
            SequenceModel m = models.get(k);
            if (!m.labels.names().equals(first.labels.names()) || m.hashBits != bits
                    || m.hasTransitions != first.hasTransitions || !Arrays.equals(m.allowed, first.allowed)) {
                throw new IllegalArgumentException("models differ in labels, hash bits or constraint");
            }
            float[] w = m.emissionWeights();
            for (int j = 0; j < own[k].length; j++) {
                int from = row(own[k][j], bits) * l;
                int to = row(renamed[k][j], bits) * l;
                for (int y = 0; y < l; y++) {
                    emission[to + y] += w[from + y];
                    w[from + y] = 0f; // a row that two own ids share moves once
                }
            }
            for (int i = 0; i < emission.length; i++) {
                emission[i] += w[i];
            }
            for (int i = 0; i < transition.length; i++) {
                transition[i] += m.transition[i];
            }
        }
        float n = models.size();
        for (int i = 0; i < emission.length; i++) {
            emission[i] /= n;
        }
        for (int i = 0; i < transition.length; i++) {
            transition[i] /= n;
        }
        return new SequenceModel(first.labels, bits, emission, transition, first.allowed.clone(),
                first.hasTransitions).quantized(MEAN_BITS);
    }

    /**
     * Bits of a {@link #mean}'s weights: the mean of 16-bit weights takes many more values, and so room in a
     * compressed file; with 10 bits two ensembles of three NER models scored as with 16 on dev, in 0.6 MB less.
     */
    public static final int MEAN_BITS = 10;

    /** The emission weights as floats (a copy). */
    private float[] emissionWeights() {
        if (steps == null) {
            return emission.clone();
        }
        float[] w = new float[steps.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = steps[i] * scale;
        }
        return w;
    }

    /** This model with every weight rounded to the 16-bit grid {@link #write} uses. */
    public SequenceModel quantized() {
        return steps != null ? this : quantized(16);
    }

    /** This model with every weight rounded to a grid of {@code bits} bits (at most 16), stored in 16. */
    private SequenceModel quantized(int bits) {
        float s = scale() * (Short.MAX_VALUE / (float) ((1 << (bits - 1)) - 1));
        short[] q = new short[emission.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) Math.round(emission[i] / s);
        }
        return new SequenceModel(labels, hashBits, null, q, s, roundAll(transition, s), allowed.clone(),
                hasTransitions);
    }

    /** Number of non-zero weights after 16-bit quantization (what {@link #write} stores). */
    public int nonZeroWeights() {
        int count = 0;
        if (steps != null) {
            for (short q : steps) {
                if (q != 0) {
                    count++;
                }
            }
            return count;
        }
        float s = scale();
        for (float w : emission) {
            if (Math.round(w / s) != 0) {
                count++;
            }
        }
        return count;
    }

    private float scale() {
        if (steps != null) {
            return scale;
        }
        float max = 0f;
        for (float w : emission) {
            max = Math.max(max, Math.abs(w));
        }
        for (float w : transition) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0f ? 1f : max / Short.MAX_VALUE;
    }

    private static float[] roundAll(float[] w, float scale) {
        float[] r = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            r[i] = Math.round(w[i] / scale) * scale;
        }
        return r;
    }

    /**
     * Writes the model: magic, {@link #FORMAT}, labels, hash bits, constraint, and the weights as 16-bit integers
     * with one float scale; emission weights sparsely as (gap, value) pairs, so pruned (zero) weights cost nothing.
     */
    public void write(DataOutput out) throws IOException {
        float scale = scale();
        SequenceModel q = quantized();
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(labels.size());
        for (String name : labels.names()) {
            out.writeUTF(name);
        }
        out.writeByte(hashBits);
        out.writeBoolean(hasTransitions);
        for (boolean a : allowed) {
            out.writeBoolean(a);
        }
        out.writeFloat(scale);
        for (float w : transition) {
            out.writeShort(Math.round(w / scale));
        }
        int nonZero = q.nonZeroWeights();
        out.writeInt(nonZero);
        int previous = -1;
        short[] w = q.steps;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                writeVarint(out, i - previous);
                out.writeShort(w[i]);
                previous = i;
            }
        }
    }

    /** Reads a model written by {@link #write}; throws {@link ModelFormatException} on any mismatch. */
    public static SequenceModel read(DataInput in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new ModelFormatException("not a naba sequence model (bad magic number); retrain the model");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new ModelFormatException("sequence model format " + format + ", this build reads " + FORMAT
                    + "; retrain the model with this build");
        }
        int l = in.readInt();
        if (l <= 0 || l > 100_000) {
            throw new ModelFormatException("sequence model has a bad label count " + l);
        }
        List<String> names = new ArrayList<>(l);
        for (int i = 0; i < l; i++) {
            names.add(in.readUTF());
        }
        LabelSet labels = LabelSet.of(names);
        int bits = in.readByte();
        if (bits < 4 || bits > 26) {
            throw new ModelFormatException("sequence model has bad hash bits " + bits);
        }
        boolean hasTransitions = in.readBoolean();
        boolean[] allowed = new boolean[(l + 1) * l];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = in.readBoolean();
        }
        float scale = in.readFloat();
        float[] transition = new float[(l + 1) * l];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = in.readShort() * scale;
        }
        short[] steps = new short[(1 << bits) * l];
        int nonZero = in.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarint(in);
            if (index < 0 || index >= steps.length) {
                throw new ModelFormatException("sequence model weight index " + index + " out of range");
            }
            steps[index] = in.readShort();
        }
        return new SequenceModel(labels, bits, null, steps, scale, transition, allowed, hasTransitions);
    }

    private static void writeVarint(DataOutput out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInput in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new ModelFormatException("sequence model: malformed varint");
    }
}
