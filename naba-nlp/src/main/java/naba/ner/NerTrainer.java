package naba.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import naba.ml.EpochListener;
import naba.ml.FeatureSequence;
import naba.ml.LabelSet;
import naba.ml.PerceptronOptions;
import naba.ml.PerceptronTrainer;
import naba.ml.SequenceModel;
import naba.ml.TrainingSequence;
import naba.normalize.ArabicNormalizer;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron of {@code naba.ml}, keeping the epoch with the best
 * dev F1. Seeded and stateless between calls. Example, two sentences written for a test:
 * <pre>{@code
 * NerModel m = new NerTrainer(new NerOptions(LabelCodec.BIOES, 5, 1L, 16))
 *         .train(List.of(new NerSentence(List.of("قال", "كيري"), List.of("O", "B-PERS"))), List.of());
 * }</pre>
 */
public final class NerTrainer {
    private final NerOptions options;

    public NerTrainer(NerOptions options) {
        this.options = options;
    }

    public NerOptions options() {
        return options;
    }

    /** Trains without lexicon (no word statistics, gazetteer or clusters). */
    public NerModel train(List<NerSentence> train, List<NerSentence> dev) {
        return train(train, dev, NerLexicon.empty(), Map.of("sources", "in-memory"), line -> { });
    }

    /**
     * Trains on {@code train}; after each epoch scores {@code dev} (when not empty) and keeps the best epoch's model.
     * {@code provenance} is stored in the model, with the seed, epochs, codec and dev F1 added.
     */
    NerModel train(List<NerSentence> train, List<NerSentence> dev, NerLexicon lexicon, Map<String, String> provenance,
            Consumer<String> log) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("ner training: no training sentences");
        }
        LabelCodec codec = options.codec();
        NerFeatures features = new NerFeatures(lexicon);
        List<TrainingSequence> data = new ArrayList<>(train.size());
        FeatureSequence fs = new FeatureSequence(4096);
        for (NerSentence s : train) {
            features.extract(normalize(s.tokens()), fs);
            data.add(new TrainingSequence(fs.copy(), codec.encode(s.size(), s.spans())));
        }
        double drop = Double.parseDouble(System.getProperty("ner.x.drop", "0"));
        double dropO = Double.parseDouble(System.getProperty("ner.x.dropO", "0"));
        int copies = Integer.getInteger("ner.x.copies", 1);
        if (drop > 0) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(options.seed());
            int next = 1;
            for (int c = 0; c < copies; c++) {
                for (NerSentence s : train) {
                    if (s.spans().isEmpty()) {
                        continue;
                    }
                    int[] masks = new int[s.size()];
                    boolean[] inside = new boolean[s.size()];
                    for (TokenSpan span : s.spans()) {
                        for (int i = span.start(); i < span.end(); i++) {
                            inside[i] = true;
                        }
                    }
                    boolean any = false;
                    for (int i = 0; i < masks.length; i++) {
                        if (random.nextDouble() < (inside[i] ? drop : dropO)) {
                            masks[i] = 0x40000000 + next++;
                            any = true;
                        }
                    }
                    if (any) {
                        features.extract(normalize(s.tokens()), fs, masks);
                        data.add(new TrainingSequence(fs.copy(), codec.encode(s.size(), s.spans())));
                    }
                }
            }
        }
        int prune = Integer.getInteger("ner.x.prune", 0);
        if (prune > 1) {
            data = pruned(data, prune);
        }
        LabelSet labels = LabelSet.of(codec.labels());
        PerceptronOptions perceptron = new PerceptronOptions(options.epochs(), options.seed(), options.hashBits(), true,
                codec::allowed);
        SequenceModel[] best = new SequenceModel[1];
        double[] bestF1 = {-1};
        int[] bestEpoch = {0};
        EpochListener listener = (epoch, model, mistakes) -> {
            if (dev.isEmpty()) {
                best[0] = model;
                bestEpoch[0] = epoch;
                log.accept("epoch " + epoch + ": " + mistakes + " training mistakes");
                return;
            }
            SequenceModel q = model.quantized();
            NerModel candidate = new NerModel(codec, q, lexicon, Map.of());
            NerReport report = NerEvaluator.evaluate(candidate, dev);
            log.accept(String.format(Locale.ROOT, "epoch %d: %d training mistakes, dev F1 %.2f", epoch, mistakes,
                    100 * report.micro().f1()));
            if (report.micro().f1() > bestF1[0]) {
                bestF1[0] = report.micro().f1();
                best[0] = model;
                bestEpoch[0] = epoch;
            }
        };
        new PerceptronTrainer(perceptron).train(labels, data, listener);
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        prov.put("seed", Long.toString(options.seed()));
        prov.put("epochs", Integer.toString(bestEpoch[0]));
        prov.put("maxEpochs", Integer.toString(options.epochs()));
        prov.put("codec", codec.name());
        prov.put("hashBits", Integer.toString(options.hashBits()));
        prov.put("trainSentences", Integer.toString(train.size()));
        prov.put("devSentences", Integer.toString(dev.size()));
        if (bestF1[0] >= 0) {
            prov.put("devF1", String.format(Locale.ROOT, "%.4f", bestF1[0]));
        }
        return new NerModel(codec, best[0].quantized(), lexicon, prov);
    }

    /** Drops, from the training sequences, features seen fewer than {@code min} times in them. */
    private static List<TrainingSequence> pruned(List<TrainingSequence> data, int min) {
        LongIntMap counts = new LongIntMap(1 << 20);
        for (TrainingSequence t : data) {
            FeatureSequence f = t.features();
            int[] a = f.featureArray();
            for (int k = f.start(0); k < f.end(f.size() - 1); k++) {
                counts.add(a[k], 1);
            }
        }
        List<TrainingSequence> out = new ArrayList<>(data.size());
        FeatureSequence fs = new FeatureSequence(4096);
        for (TrainingSequence t : data) {
            FeatureSequence f = t.features();
            int[] a = f.featureArray();
            fs.clear();
            for (int p = 0; p < f.size(); p++) {
                fs.nextPosition();
                for (int k = f.start(p); k < f.end(p); k++) {
                    if (counts.get(a[k], 0) >= min) {
                        fs.add(a[k]);
                    }
                }
            }
            out.add(new TrainingSequence(fs.copy(), t.labels()));
        }
        return out;
    }

    static String[] normalize(List<String> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ArabicNormalizer.SEARCH.normalize(tokens.get(i));
        }
        return out;
    }
}
