package naba.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SequenceModel} with the averaged structured perceptron (Collins 2002): decode each training
 * sequence with the current weights, and where the prediction differs from gold, add the gold features and
 * transitions and subtract the predicted ones. The returned weights are averaged over all updates, which
 * generalizes much better than the last weights.
 *
 * <p>Deterministic: the training order of each epoch is a shuffle seeded by {@code seed + epoch}. The trainer
 * keeps no state between {@link #train} calls. Example: tagging words like «قال» {@code VERB} and «كيري} {@code X}:
 * <pre>{@code
 * SequenceModel m = new PerceptronTrainer(PerceptronOptions.tagger(10, 42, 20))
 *         .train(labels, sequences, EpochListener.NONE);
 * }</pre>
 */
public final class PerceptronTrainer {
    private final PerceptronOptions options;

    public PerceptronTrainer(PerceptronOptions options) {
        this.options = options;
    }

    public PerceptronOptions options() {
        return options;
    }

    /** Trains on {@code data} (label ids must be in {@code labels}); returns the averaged model of the last epoch. */
    public SequenceModel train(LabelSet labels, List<TrainingSequence> data, EpochListener listener) {
        int l = labels.size();
        int bits = options.hashBits();
        boolean[] allowed = new boolean[(l + 1) * l];
        for (int p = -1; p < l; p++) {
            for (int y = 0; y < l; y++) {
                allowed[(p + 1) * l + y] = options.constraint().allowed(p, y);
            }
        }
        for (TrainingSequence s : data) {
            for (int i = 0; i < s.labels().length; i++) {
                int y = s.labels()[i];
                if (y < 0 || y >= l) {
                    throw new IllegalArgumentException("label id " + y + " outside the label set " + labels);
                }
            }
        }
        float[] w = new float[(1 << bits) * l];
        float[] u = new float[w.length];
        float[] t = new float[(l + 1) * l];
        float[] tu = new float[t.length];
        // The model object shares w and t, so decoding sees every update at once.
        SequenceModel live = new SequenceModel(labels, bits, w, t, allowed, options.transitions());
        List<Integer> order = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        SequenceModel averaged = null;
        long c = 1;
        int[] pred = new int[16];
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, new Random(options.seed() + epoch));
            long mistakes = 0;
            for (int index : order) {
                TrainingSequence s = data.get(index);
                FeatureSequence fs = s.features();
                int n = fs.size();
                if (pred.length < n) {
                    pred = new int[Math.max(n, pred.length * 2)];
                }
                live.decode(fs, pred, w, t);
                int[] gold = s.labels();
                int[] f = fs.featureArray();
                for (int i = 0; i < n; i++) {
                    if (pred[i] != gold[i]) {
                        mistakes++;
                        for (int k = fs.start(i), e = fs.end(i); k < e; k++) {
                            int base = SequenceModel.row(f[k], bits) * l;
                            w[base + gold[i]] += 1f;
                            u[base + gold[i]] += c;
                            w[base + pred[i]] -= 1f;
                            u[base + pred[i]] -= c;
                        }
                    }
                    if (options.transitions()) {
                        int gp = i == 0 ? 0 : (gold[i - 1] + 1) * l;
                        int pp = i == 0 ? 0 : (pred[i - 1] + 1) * l;
                        if (gp + gold[i] != pp + pred[i]) {
                            t[gp + gold[i]] += 1f;
                            tu[gp + gold[i]] += c;
                            t[pp + pred[i]] -= 1f;
                            tu[pp + pred[i]] -= c;
                        }
                    }
                }
                c++;
            }
            averaged = new SequenceModel(labels, bits, average(w, u, c), average(t, tu, c), allowed,
                    options.transitions());
            listener.epochFinished(epoch, averaged, mistakes);
        }
        return averaged;
    }

    private static float[] average(float[] w, float[] u, long c) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = w[i] - u[i] / c;
        }
        return a;
    }
}
