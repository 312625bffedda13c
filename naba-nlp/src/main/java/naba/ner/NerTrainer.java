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

    static String[] normalize(List<String> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ArabicNormalizer.SEARCH.normalize(tokens.get(i));
        }
        return out;
    }
}
