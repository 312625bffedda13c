package naba.topic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import naba.text.InputException;
import naba.text.Token;
import naba.text.TopicDistribution;
import naba.text.TopicScore;

/**
 * An immutable multinomial logistic-regression topic classifier over {@link TopicFeatures}. For «سجل ميسي هدفين في
 * مباراة برشلونة» it gives {@code sport} the highest probability. Weights are stored as bfloat16 (the top 16 bits of
 * a float), which halves the committed model and moves probabilities by well under a percent.
 *
 * <p>File format {@value #FORMAT} (gzip'd {@link DataOutputStream}): magic, format version, feature templates,
 * buckets, labels, provenance, biases, then {@code buckets × labels} weights bucket-major.
 */
public final class TopicModel {
    /** The model committed with naba, trained by {@code naba train topics}. */
    public static final String RESOURCE = "/naba/topic/topics.bin";
    static final String MAGIC = "naba.topic";
    static final int FORMAT = 1;

    private final List<String> labels;
    private final TopicFeatures features;
    private final TopicProvenance provenance;
    /** {@code weights[bucket * labels + label]}: the labels of one feature sit together for the scoring loop. */
    private final float[] weights;
    private final float[] bias;

    TopicModel(List<String> labels, TopicFeatures features, float[] weights, float[] bias, TopicProvenance provenance) {
        this.labels = List.copyOf(labels);
        this.features = features;
        this.weights = weights;
        this.bias = bias;
        this.provenance = provenance;
        if (labels.size() < 2) {
            throw new TopicModelException("a topic model needs at least two labels, got " + labels);
        }
        if (weights.length != (long) features.buckets() * labels.size() || bias.length != labels.size()) {
            throw new TopicModelException("topic model weights do not match " + features.buckets() + " buckets × "
                    + labels.size() + " labels");
        }
    }

    public List<String> labels() {
        return labels;
    }

    public TopicProvenance provenance() {
        return provenance;
    }

    public int buckets() {
        return features.buckets();
    }

    /** The topic distribution of an article's tokens. */
    public TopicDistribution classify(List<Token> tokens) {
        return distribution(probabilities(features.extract(tokens)));
    }

    /** Softmax probabilities, indexed like {@link #labels()}. */
    double[] probabilities(TopicFeatures.Vector x) {
        int k = labels.size();
        double[] scores = new double[k];
        for (int l = 0; l < k; l++) {
            scores[l] = bias[l];
        }
        int[] ids = x.ids();
        float[] values = x.values();
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * k;
            float v = values[i];
            for (int l = 0; l < k; l++) {
                scores[l] += v * weights[base + l];
            }
        }
        return softmax(scores);
    }

    /** The index of the most probable label. */
    int predict(TopicFeatures.Vector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            if (p[l] > p[best]) {
                best = l;
            }
        }
        return best;
    }

    TopicFeatures features() {
        return features;
    }

    TopicDistribution distribution(double[] p) {
        List<TopicScore> scores = new ArrayList<>(labels.size());
        for (int l = 0; l < labels.size(); l++) {
            scores.add(new TopicScore(labels.get(l), Math.min(1.0, Math.max(0.0, p[l]))));
        }
        return new TopicDistribution(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int l = 0; l < scores.length; l++) {
            p[l] = Math.exp(scores[l] - max);
            sum += p[l];
        }
        for (int l = 0; l < scores.length; l++) {
            p[l] /= sum;
        }
        return p;
    }

    /** Rounds a float to bfloat16, as stored on disk (round half to even). */
    static short toBfloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    static float fromBfloat16(short s) {
        return Float.intBitsToFloat((s & 0xFFFF) << 16);
    }

    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    public void save(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(stream, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(TopicFeatures.TEMPLATES);
        out.writeInt(features.buckets());
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeUTF(provenance.trainingFile());
        out.writeUTF(provenance.sha256());
        out.writeLong(provenance.seed());
        out.writeInt(provenance.epochs());
        out.writeInt(provenance.trainArticles());
        out.writeInt(provenance.devPercent());
        for (float b : bias) {
            out.writeFloat(b);
        }
        for (float w : weights) {
            out.writeShort(toBfloat16(w));
        }
        out.flush();
        gzip.finish();
    }

    /** Loads the committed model from the classpath. */
    public static TopicModel load() {
        InputStream in = TopicModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new TopicModelException("classpath " + RESOURCE + " is missing; run naba train topics --corpus "
                    + "../shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz and rebuild");
        }
        try (in) {
            return load(in, "classpath " + RESOURCE);
        } catch (IOException e) {
            throw new TopicModelException("classpath " + RESOURCE + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static TopicModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such topic model file; run naba train topics --out " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new TopicModelException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static TopicModel load(InputStream stream, String where) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
        } catch (java.util.zip.ZipException e) {
            throw new TopicModelException(where + ": not a topic model (no gzip header); run naba train topics", e);
        }
        try {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new TopicModelException(where + ": not a topic model (magic '" + magic + "'); run naba train "
                        + "topics");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new TopicModelException(where + ": format " + format + ", this build reads " + FORMAT
                        + "; run naba train topics");
            }
            String templates = in.readUTF();
            if (!TopicFeatures.TEMPLATES.equals(templates)) {
                throw new TopicModelException(where + ": feature templates '" + templates + "' differ from this "
                        + "build's '" + TopicFeatures.TEMPLATES + "'; run naba train topics");
            }
            int buckets = in.readInt();
            if (buckets < 2 || Integer.bitCount(buckets) != 1 || buckets > (1 << 24)) {
                throw new TopicModelException(where + ": bad bucket count " + buckets + "; run naba train topics");
            }
            int k = in.readInt();
            if (k < 2 || k > 1000) {
                throw new TopicModelException(where + ": bad label count " + k + "; run naba train topics");
            }
            List<String> labels = new ArrayList<>(k);
            for (int l = 0; l < k; l++) {
                String label = in.readUTF();
                if (label.isEmpty() || labels.contains(label)) {
                    throw new TopicModelException(where + ": empty or repeated label '" + label + "'; run naba train "
                            + "topics");
                }
                labels.add(label);
            }
            TopicProvenance provenance = new TopicProvenance(in.readUTF(), in.readUTF(), in.readLong(), in.readInt(),
                    in.readInt(), in.readInt());
            float[] bias = new float[k];
            for (int l = 0; l < k; l++) {
                bias[l] = checkFinite(in.readFloat(), where);
            }
            float[] weights = new float[buckets * k];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = checkFinite(fromBfloat16(in.readShort()), where);
            }
            if (in.read() != -1) {
                throw new TopicModelException(where + ": trailing bytes after the weights; the file is corrupt, run "
                        + "naba train topics");
            }
            return new TopicModel(labels, new TopicFeatures(buckets), weights, bias, provenance);
        } catch (EOFException e) {
            throw new TopicModelException(where + ": truncated topic model; run naba train topics", e);
        }
    }

    private static float checkFinite(float f, String where) {
        if (!Float.isFinite(f)) {
            throw new TopicModelException(where + ": non-finite weight; the file is corrupt, run naba train topics");
        }
        return f;
    }
}
