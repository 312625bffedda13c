package naba.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import naba.ml.EpochListener;
import naba.ml.FeatureSequence;
import naba.ml.LabelSet;
import naba.ml.PerceptronOptions;
import naba.ml.PerceptronTrainer;
import naba.ml.SequenceModel;
import naba.ml.TrainingSequence;

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
    /**
     * Window network: projection, hidden units, epochs, context input, word and affix embedding sizes (10 epochs,
     * 128 units, or 32-value embeddings scored no higher on dev).
     */
    static final WindowNetwork.Shape NETWORK_SHAPE = new WindowNetwork.Shape(32, 64, 6, true, 16, 16);

    private final NerOptions options;
    /** Parts of speech of the training and dev sentences, computed once per sentence (the morphology is costly). */
    private final Map<List<String>, byte[]> partsOfSpeech;

    public NerTrainer(NerOptions options) {
        this(options, new ConcurrentHashMap<>());
    }

    private NerTrainer(NerOptions options, Map<List<String>, byte[]> partsOfSpeech) {
        this.options = options;
        this.partsOfSpeech = partsOfSpeech;
    }

    /** The {@link PartsOfSpeech} codes of a sentence's tokens. */
    private byte[] pos(NerSentence s) {
        return partsOfSpeech.computeIfAbsent(s.tokens(), PartsOfSpeech::of);
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
        Fit fit = fit(train, null, dev, lexicon, null, 0, null, options.epochs(), log);
        return new NerModel(options.codec(), fit.model(), lexicon, provenance(provenance, train, dev, fit));
    }

    /**
     * Trains a two-stage model: the first stage as {@link #train}; then the second stage, with the same templates
     * plus {@link StackFeatures} computed from first-stage labels over {@code window} sentences around each sentence.
     * The second stage's training features come from first-stage labels predicted by {@code folds} models each
     * trained without one contiguous block of the training sentences (and for the first stage's best epoch count),
     * so it learns how far to trust a first stage that has not seen the sentence, as at run time. Costs about
     * {@code folds + 2} trainings.
     */
    NerModel trainStacked(List<NerSentence> train, List<NerSentence> dev, NerLexicon lexicon,
            Map<String, String> provenance, Consumer<String> log, int folds, int window) {
        return trainStacked(train, dev, lexicon, null, provenance, log, folds, window);
    }

    /**
     * As {@link #trainStacked(List, List, NerLexicon, Map, Consumer, int, int)}; with {@code vectors}, the second
     * stage also reads the label guesses of a {@link WindowNetwork} over them. Like the first stage's labels, the
     * guesses it trains on come from networks trained without the sentence's fold; the model keeps a network trained
     * on every training sentence. Costs {@code folds + 1} network trainings more.
     * <p>With {@link NerOptions#members} above 1 and {@code vectors}, trains that many such models, by seeds
     * {@code seed}, {@code seed + 1000}, ..., and merges them into one ensemble ({@link NerModel#mean}); each member
     * keeps the epochs best for it alone. The seven single models of docs/ner.md's table spread over three points of
     * dev F1; three members score about their mean plus 0.9 (five seeds), at the cost of three networks at tagging
     * time.
     */
    NerModel trainStacked(List<NerSentence> train, List<NerSentence> dev, NerLexicon lexicon, WordVectors vectors,
            Map<String, String> provenance, Consumer<String> log, int folds, int window) {
        int count = options.members();
        if (count == 1 || vectors == null) {
            return trainMember(train, dev, lexicon, vectors, provenance, log, folds, window);
        }
        List<NerModel> members = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            NerTrainer trainer = new NerTrainer(options.member(k), partsOfSpeech);
            String prefix = "member " + (k + 1) + "/" + count + " (seed " + trainer.options.seed() + "): ";
            NerModel m = trainer.trainMember(train, dev, lexicon, vectors, provenance,
                    line -> log.accept(prefix + line), folds, window);
            members.add(m);
            log.accept(prefix + "dev F1 " + m.provenance().getOrDefault("devF1", "-"));
        }
        Map<String, String> prov = new LinkedHashMap<>(members.get(0).provenance());
        prov.put("seed", Long.toString(options.seed()));
        prov.put("epochs", joined(members, "epochs", ","));
        prov.put("firstStageEpochs", joined(members, "firstStageEpochs", ","));
        prov.put("members", count + " models by seeds " + joined(members, "seed", ", ") + " (dev F1 alone "
                + joined(members, "devF1", ", ") + "), merged: the mean of their first stages, the mean of their "
                + "second stages with each one's network guesses its own");
        NerModel merged = NerModel.mean(members, prov);
        if (!dev.isEmpty()) {
            NerReport first = NerEvaluator.evaluate(new NerModel(options.codec(), merged.firstStage(), lexicon,
                    Map.of()), dev);
            NerReport both = NerEvaluator.evaluate(merged, dev);
            prov.put("firstStageDevF1", String.format(Locale.ROOT, "%.4f", first.micro().f1()));
            prov.put("devF1", String.format(Locale.ROOT, "%.4f", both.micro().f1()));
            log.accept(String.format(Locale.ROOT, "ensemble of %d: dev F1 %.2f (first stage %.2f)", count,
                    100 * both.micro().f1(), 100 * first.micro().f1()));
        }
        return merged.withProvenance(prov);
    }

    /** The members' provenance values under {@code key}, in order. */
    private static String joined(List<NerModel> members, String key, String separator) {
        return members.stream().map(m -> m.provenance().getOrDefault(key, "-"))
                .collect(Collectors.joining(separator));
    }

    /** One two-stage model (see above). */
    private NerModel trainMember(List<NerSentence> train, List<NerSentence> dev, NerLexicon lexicon,
            WordVectors vectors, Map<String, String> provenance, Consumer<String> log, int folds, int window) {
        if (folds < 2 || folds > train.size()) {
            throw new IllegalArgumentException("ner training: folds must be in [2, " + train.size() + "], got "
                    + folds);
        }
        log.accept("first stage");
        Fit one = fit(train, null, dev, lexicon, null, 0, null, options.epochs(), log);
        List<int[]> predicted = crossValidated(train, lexicon, folds, one.epoch(), log);
        Networks networks = vectors == null ? null : networks(train, lexicon, vectors, folds, log);
        return secondStage(train, dev, lexicon, provenance, log, one, predicted, networks, folds, window);
    }

    /**
     * The network kept in the model, and the cross-validated label probabilities of every training sentence.
     *
     * @param model         trained on every training sentence
     * @param probabilities per training sentence, from the network trained without its fold
     */
    private record Networks(WindowNetwork model, List<float[]> probabilities) {
    }

    private Networks networks(List<NerSentence> train, NerLexicon lexicon, WordVectors vectors, int folds,
            Consumer<String> log) {
        LabelCodec codec = options.codec();
        List<String[]> norms = new ArrayList<>(train.size());
        List<int[]> gold = new ArrayList<>(train.size());
        for (NerSentence s : train) {
            norms.add(NerFeatures.normalize(s.tokens()));
            gold.add(codec.encode(s.size(), s.spans()));
        }
        List<float[]> probabilities = new ArrayList<>(train.size());
        for (int f = 0; f < folds; f++) {
            int from = foldStart(f, folds, train.size());
            int to = foldStart(f + 1, folds, train.size());
            WindowNetwork held = WindowNetwork.train(without(norms, from, to), without(gold, from, to), vectors,
                    lexicon, codec.size(), NETWORK_SHAPE, options.seed() + f + 1);
            // The fold is tagged with the sentences around it, since contexts reach over its edges (input, not
            // labels).
            int a = Math.max(0, from - WindowNetwork.CONTEXT_REACH);
            int b = Math.min(norms.size(), to + WindowNetwork.CONTEXT_REACH);
            float[][] guesses = held.probabilities(norms.subList(a, b));
            probabilities.addAll(Arrays.asList(guesses).subList(from - a, to - a));
            log.accept("network fold " + (f + 1) + "/" + folds);
        }
        // Rounded as the model file stores it, so the second stage's epochs are chosen with the network it keeps.
        WindowNetwork model = WindowNetwork.train(norms, gold, vectors, lexicon, codec.size(), NETWORK_SHAPE,
                options.seed() + 100).quantized();
        log.accept("network trained on every training sentence");
        return new Networks(model, probabilities);
    }

    /**
     * First-stage label ids of every training sentence, each predicted by a model trained for {@code epochs} epochs
     * without the contiguous block of {@code train.size() / folds} sentences it belongs to (a block keeps a text's
     * neighbouring sentences, and so its names, out of the model that tags it).
     */
    private List<int[]> crossValidated(List<NerSentence> train, NerLexicon lexicon, int folds, int epochs,
            Consumer<String> log) {
        List<int[]> predicted = new ArrayList<>(train.size());
        FeatureSequence fs = new FeatureSequence(4096);
        for (int f = 0; f < folds; f++) {
            int from = foldStart(f, folds, train.size());
            int to = foldStart(f + 1, folds, train.size());
            List<NerSentence> rest = without(train, from, to);
            int fold = f + 1;
            Fit held = fit(rest, null, List.of(), lexicon, null, 0, null, epochs,
                    line -> log.accept("fold " + fold + "/" + folds + " " + line));
            NerModel m = new NerModel(options.codec(), held.model(), lexicon, Map.of());
            for (NerSentence s : train.subList(from, to)) {
                predicted.add(m.firstStageLabels(NerFeatures.normalize(s.tokens()), pos(s), fs, null));
            }
        }
        return predicted;
    }

    /** {@code all} without its items {@code [from, to)}. */
    private static <T> List<T> without(List<T> all, int from, int to) {
        List<T> rest = new ArrayList<>(all.size() - (to - from));
        rest.addAll(all.subList(0, from));
        rest.addAll(all.subList(to, all.size()));
        return rest;
    }

    /** First sentence of fold {@code f} of {@code folds} contiguous folds over {@code size} sentences. */
    private static int foldStart(int f, int folds, int size) {
        return (int) ((long) f * size / folds);
    }

    /**
     * Trains the second stage over the first stage {@code one}, the cross-validated labels {@code predicted} and,
     * when not null, the networks' probabilities.
     */
    private NerModel secondStage(List<NerSentence> train, List<NerSentence> dev, NerLexicon lexicon,
            Map<String, String> provenance, Consumer<String> log, Fit one, List<int[]> predicted, Networks networks,
            int folds, int window) {
        LabelCodec codec = options.codec();
        NerFeatures features = new NerFeatures(lexicon);
        List<long[]> bare = new ArrayList<>(train.size());
        for (NerSentence s : train) {
            bare.add(features.bare(NerFeatures.normalize(s.tokens())));
        }
        int[][] extra = new StackFeatures(codec, window).extract(bare, predicted);
        WindowNetwork network = networks == null ? null : networks.model();
        if (networks != null) {
            for (int s = 0; s < extra.length; s++) {
                extra[s] = WindowNetwork.appendFeatures(extra[s], List.of(networks.probabilities().get(s)),
                        predicted.get(s), codec.size());
            }
        }
        log.accept("second stage");
        Fit two = fit(train, extra, dev, lexicon, one.model(), window, network, options.epochs(), log);
        Map<String, String> prov = provenance(provenance, train, dev, two);
        prov.put("firstStageEpochs", Integer.toString(one.epoch()));
        if (one.devF1() >= 0) {
            prov.put("firstStageDevF1", String.format(Locale.ROOT, "%.4f", one.devF1()));
        }
        prov.put("stacking", folds + " folds of contiguous sentences for the second stage's features; window "
                + window + " sentences before and after");
        if (network != null) {
            prov.put("network", "window network over " + network.vectors().words() + " word vectors of "
                    + network.vectors().dims() + " dimensions, projection " + NETWORK_SHAPE.projection() + ", "
                    + "word and affix embeddings " + NETWORK_SHAPE.wordDims() + " and " + NETWORK_SHAPE.affixDims()
                    + ", context of " + WindowNetwork.CONTEXT_REACH + " sentences each side, "
                    + NETWORK_SHAPE.hidden() + " hidden units, " + NETWORK_SHAPE.epochs() + " epochs; "
                    + folds + "-fold cross-validated guesses for the second stage's training features");
        }
        return new NerModel(codec, one.model(), two.model(), window, network, lexicon, prov);
    }

    /**
     * One trained stage.
     *
     * @param model the best epoch's weights, quantized
     * @param epoch that epoch
     * @param devF1 its dev F1, or -1 without dev
     */
    private record Fit(SequenceModel model, int epoch, double devF1) {
    }

    /**
     * Trains one stage on {@code train} and keeps the epoch with the best dev F1 (the last when {@code dev} is
     * empty). With {@code first} (a first stage), this is a second stage: {@code extra[s]} holds sentence
     * {@code s}'s second-stage features ({@link StackFeatures}, then {@code network}'s when not null), and dev is
     * scored by both stages together.
     */
    private Fit fit(List<NerSentence> train, int[][] extra, List<NerSentence> dev, NerLexicon lexicon,
            SequenceModel first, int window, WindowNetwork network, int epochs, Consumer<String> log) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("ner training: no training sentences");
        }
        LabelCodec codec = options.codec();
        NerFeatures features = new NerFeatures(lexicon);
        List<TrainingSequence> data = new ArrayList<>(train.size());
        FeatureSequence fs = new FeatureSequence(4096);
        FeatureSequence scratch = new FeatureSequence(4096);
        for (int k = 0; k < train.size(); k++) {
            NerSentence s = train.get(k);
            FeatureSequence f = sentenceFeatures(features, s, null, extra == null ? null : extra[k], fs, scratch);
            data.add(new TrainingSequence(f, codec.encode(s.size(), s.spans())));
        }
        addMaskedCopies(train, extra, features, codec, data);
        data = pruned(data, MIN_FEATURE_COUNT);
        LabelSet labels = LabelSet.of(codec.labels());
        PerceptronOptions perceptron = new PerceptronOptions(epochs, options.seed(), options.hashBits(), true,
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
            NerModel candidate = first == null ? new NerModel(codec, q, lexicon, Map.of())
                    : new NerModel(codec, first, q, window, network, lexicon, Map.of());
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
        return new Fit(best[0].quantized(), bestEpoch[0], bestF1[0]);
    }

    private Map<String, String> provenance(Map<String, String> provenance, List<NerSentence> train,
            List<NerSentence> dev, Fit fit) {
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        prov.put("seed", Long.toString(options.seed()));
        prov.put("epochs", Integer.toString(fit.epoch()));
        prov.put("maxEpochs", Integer.toString(options.epochs()));
        prov.put("codec", options.codec().name());
        prov.put("hashBits", Integer.toString(options.hashBits()));
        prov.put("training", "features seen < " + MIN_FEATURE_COUNT + " times dropped; " + MASKED_COPIES
                + " copies of sentences with entities, entity tokens' word identity masked with p=" + MASK_RATE);
        prov.put("partsOfSpeech", PartsOfSpeech.provenance());
        prov.put("trainSentences", Integer.toString(train.size()));
        prov.put("devSentences", Integer.toString(dev.size()));
        if (fit.devF1() >= 0) {
            prov.put("devF1", String.format(Locale.ROOT, "%.4f", fit.devF1()));
        }
        return prov;
    }

    /**
     * Appends {@link #MASKED_COPIES} copies of each sentence with entities in which each entity token, with
     * probability {@link #MASK_RATE}, loses its word identity (a fresh value seen nowhere else, so after pruning it
     * has no word features at all). The tagger then also learns to find «كيري» from its context, affixes, cluster and
     * gazetteer classes, as it must for names absent from the training data: recall on dev went from 65.3 to 68.5.
     * Seeded by the options' seed.
     */
    private void addMaskedCopies(List<NerSentence> train, int[][] extra, NerFeatures features, LabelCodec codec,
            List<TrainingSequence> data) {
        SplittableRandom random = new SplittableRandom(options.seed());
        FeatureSequence fs = new FeatureSequence(4096);
        FeatureSequence scratch = new FeatureSequence(4096);
        int next = 1;
        for (int c = 0; c < MASKED_COPIES; c++) {
            for (int k = 0; k < train.size(); k++) {
                NerSentence s = train.get(k);
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
                    FeatureSequence f = sentenceFeatures(features, s, masks, extra == null ? null : extra[k], fs,
                            scratch);
                    data.add(new TrainingSequence(f, codec.encode(s.size(), s.spans())));
                }
            }
        }
    }

    /**
     * The features of one training sentence as a trimmed copy: the first stage's templates, plus the second stage's
     * {@code extra} ids (the same number per token) when not null.
     */
    private FeatureSequence sentenceFeatures(NerFeatures features, NerSentence s, int[] masks, int[] extra,
            FeatureSequence fs, FeatureSequence scratch) {
        features.extract(NerFeatures.normalize(s.tokens()), pos(s), fs, masks, null);
        if (extra == null) {
            return fs.copy();
        }
        fs.withExtras(extra, s.size() == 0 ? 0 : extra.length / s.size(), scratch);
        return scratch.copy();
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
}
