package naba.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import naba.tokenize.ArabicTokenizer;

/**
 * Trains a {@link TopicModel}: multinomial logistic regression by averaged stochastic gradient descent over hashed
 * {@link TopicFeatures}, e.g. on ANT articles labelled «sport», «economy», «culture». Seeded and stateless between
 * calls: the same examples and options give the same weights.
 */
public final class TopicTrainer {
    private final TopicOptions options;

    public TopicTrainer(TopicOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Trains on {@code examples}; the other arguments are recorded as provenance.
     *
     * @param trainingFile name of the corpus file the examples came from
     * @param sha256       its SHA-256
     * @param devPercent   the share of the corpus held out as dev (not in {@code examples})
     */
    public TopicModel train(List<TopicExample> examples, String trainingFile, String sha256, int devPercent) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(TopicExample::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("topic training needs at least two labels, got " + labels);
        }
        TopicFeatures features = new TopicFeatures(options.buckets());
        int n = examples.size();
        TopicFeatures.Vector[] xs = new TopicFeatures.Vector[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            TopicExample e = examples.get(i);
            xs[i] = features.extract(ArabicTokenizer.INSTANCE.tokenize(e.text()));
            ys[i] = labels.indexOf(e.label());
        }
        int k = labels.size();
        float[] w = new float[options.buckets() * k];
        float[] wSum = new float[w.length]; // averaged SGD: sum of c·update, subtracted at the end
        double[] b = new double[k];
        double[] bSum = new double[k];
        double[] scores = new double[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        long c = 1;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            float rate = (float) (options.learningRate() / (1 + epoch));
            for (int o = 0; o < n; o++) {
                int i = order[o];
                int[] ids = xs[i].ids();
                float[] values = xs[i].values();
                for (int l = 0; l < k; l++) {
                    scores[l] = b[l];
                }
                for (int f = 0; f < ids.length; f++) {
                    int base = ids[f] * k;
                    for (int l = 0; l < k; l++) {
                        scores[l] += values[f] * w[base + l];
                    }
                }
                double[] p = TopicModel.softmax(scores);
                for (int l = 0; l < k; l++) {
                    double g = p[l] - (l == ys[i] ? 1 : 0);
                    if (Math.abs(g) < 1e-6) {
                        continue; // a confident, correct label: the update would be noise
                    }
                    float step = (float) (rate * g);
                    b[l] -= step;
                    bSum[l] += c * (double) step;
                    float stepSum = c * step;
                    for (int f = 0; f < ids.length; f++) {
                        int at = ids[f] * k + l;
                        w[at] -= step * values[f];
                        wSum[at] += stepSum * values[f];
                    }
                }
                c++;
            }
        }
        float[] bias = new float[k];
        for (int l = 0; l < k; l++) {
            bias[l] = (float) (b[l] - bSum[l] / c);
        }
        for (int j = 0; j < w.length; j++) {
            // Rounded as the file stores them, so a trained model and its saved copy classify identically.
            w[j] = TopicModel.fromBfloat16(TopicModel.toBfloat16(w[j] - wSum[j] / c));
        }
        TopicProvenance provenance = new TopicProvenance(trainingFile, sha256, options.seed(), options.epochs(), n,
                devPercent);
        return new TopicModel(labels, features, w, bias, provenance);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
