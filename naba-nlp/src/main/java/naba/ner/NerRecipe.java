package naba.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import naba.corpus.Sha256;
import naba.normalize.ArabicNormalizer;
import naba.text.InputException;

/**
 * How the committed NER model is made from {@code ../shared/data}: ANERcorp's CAMeL train file, its last 10 % of
 * sentences held out as dev; word frequencies from the training text and the news (SaudiNewsNet, ANT); the ANERGazet,
 * Arabic-names and countries gazetteers plus naba's own table of well-known entities; optionally AQMAR and the Wojood
 * sample as extra training sentences. {@code naba train ner} calls {@link #train}; the same inputs and options give
 * the same model. For «وواشنطن», the word counts are what tell the tagger that «واشنطن» is the word.
 */
public final class NerRecipe {
    /**
     * The unlabeled news, read as one text: SaudiNewsNet (Saudi papers, 2015) and ANT v2.1 (Arab and international
     * outlets, 2018; sport and world news with the foreign names ANERcorp is full of).
     */
    private static final List<String> NEWS = List.of("data/saudinewsnet/saudinewsnet.jsonl.gz",
            "data/ant-corpus/ant_v2.1_multisource.jsonl.gz");
    /** Fraction of ANERcorp train sentences (from the end) held out for tuning. */
    public static final double DEV_FRACTION = 0.10;
    /** Words seen fewer times than this in the unlabeled news are not stored in the model. */
    private static final int MIN_NEWS_COUNT = 5;
    /** How many of the most frequent news words get a cluster. */
    private static final int CLUSTER_WORDS = 80_000;
    /** Folds of the cross-validated first-stage labels the second stage trains on. */
    static final int STACK_FOLDS = 4;
    /** Sentences before and after the current one that the second stage's document features look at. */
    static final int STACK_WINDOW = 3;
    /** How many of the most frequent news words get a vector, against how many context words, in how many dims. */
    private static final int VECTOR_WORDS = 80_000;
    private static final int VECTOR_CONTEXTS = 1_000;
    private static final int VECTOR_DIMS = 64;

    /**
     * What to train from.
     *
     * @param shared the {@code shared} folder (holding {@code data/})
     * @param news   use word frequencies, clusters and vectors from the unlabeled news ({@link #NEWS})
     * @param aqmar  add AQMAR sentences to training
     * @param wojood add the Wojood sample (train + val) to training
     * @param stacked train the second stage too (document features from the first stage's labels)
     * @param network with {@code news} and {@code stacked}, the second stage also reads a {@link WindowNetwork}
     *                over word vectors from the news
     */
    public record Inputs(Path shared, boolean news, boolean aqmar, boolean wojood, boolean stacked, boolean network) {
    }

    /**
     * The trained model and its dev report.
     *
     * @param model the model
     * @param dev   the model's scores on the dev split
     */
    public record Result(NerModel model, NerReport dev) {
    }

    private NerRecipe() {
    }

    /** The ANERcorp CAMeL train file under {@code shared}. */
    public static Path anercorpTrain(Path shared) {
        return shared.resolve("data/anercorp/ANERCorp_CamelLab_train.txt");
    }

    /** The training part (first 90 %) of ANERcorp train. */
    public static List<NerSentence> trainSplit(List<NerSentence> all) {
        return all.subList(0, splitPoint(all));
    }

    /** The dev part (last 10 %) of ANERcorp train. */
    public static List<NerSentence> devSplit(List<NerSentence> all) {
        return all.subList(splitPoint(all), all.size());
    }

    private static int splitPoint(List<NerSentence> all) {
        return all.size() - (int) Math.round(all.size() * DEV_FRACTION);
    }

    /** Trains the model as committed. */
    public static Result train(Inputs inputs, NerOptions options, Consumer<String> log) {
        Path shared = inputs.shared();
        Path aner = anercorpTrain(shared);
        List<NerSentence> all = NerCorpus.read(aner, NerCorpus.Format.ANERCORP);
        List<NerSentence> train = new ArrayList<>(trainSplit(all));
        List<NerSentence> dev = devSplit(all);
        Map<String, String> prov = new LinkedHashMap<>();
        StringBuilder sources = new StringBuilder();
        addSource(sources, shared, aner, "first " + train.size() + " sentences; dev = last " + dev.size());
        if (inputs.aqmar()) {
            Path dir = shared.resolve("data/aqmar/articles");
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    train.addAll(NerCorpus.read(f, NerCorpus.Format.AQMAR));
                    addSource(sources, shared, f, "AQMAR");
                }
            } catch (IOException e) {
                throw new InputException(dir + ": cannot list AQMAR articles (" + e.getMessage() + ")", e);
            }
        }
        if (inputs.wojood()) {
            for (String name : List.of("train.txt", "val.txt")) {
                Path f = shared.resolve("data/wojood-sample").resolve(name);
                train.addAll(NerCorpus.read(f, NerCorpus.Format.WOJOOD));
                addSource(sources, shared, f, "Wojood sample");
            }
        }
        log.accept("training sentences: " + train.size() + ", dev sentences: " + dev.size());
        NerLexiconBuilder lexicon = new NerLexiconBuilder();
        for (NerSentence s : train) {
            for (String t : s.tokens()) {
                lexicon.count(ArabicNormalizer.SEARCH.normalize(t), 1);
            }
        }
        NewsCorpus newsCorpus = null;
        if (inputs.news()) {
            List<Path> news = NEWS.stream().map(shared::resolve).toList();
            newsCorpus = NewsCorpus.read(news);
            newsCorpus.countInto(lexicon);
            for (Path f : news) {
                addSource(sources, shared, f, "news (" + newsCorpus.tokens() + " tokens in all): word frequencies, "
                        + "clusters and vectors");
            }
            log.accept("news tokens counted: " + newsCorpus.tokens());
        }
        lexicon.pruneCounts(MIN_NEWS_COUNT);
        Path gaz = shared.resolve("data/gazetteers");
        lexicon.addGazetteerFile(gaz.resolve("anergazet/AlignedLocGazetteer.txt"), NerLexicon.LOC);
        lexicon.addGazetteerFile(gaz.resolve("anergazet/AlignedOrgGazetteer.txt"), NerLexicon.ORG);
        lexicon.addGazetteerFile(gaz.resolve("anergazet/AlignedPersGazetteer.txt"), NerLexicon.PERS);
        lexicon.addGazetteerFile(gaz.resolve("arabic-names/male-first--names-in-arabic.txt"), NerLexicon.FIRST_NAME);
        lexicon.addGazetteerFile(gaz.resolve("arabic-names/female-first-names-in-arabic.txt"), NerLexicon.FIRST_NAME);
        lexicon.addGazetteerFile(gaz.resolve("arabic-names/last-names-in-arabic.txt"), NerLexicon.LAST_NAME);
        lexicon.addCountries(gaz.resolve("countries-ar/countries_ar.tsv"));
        for (String f : List.of("anergazet/AlignedLocGazetteer.txt", "anergazet/AlignedOrgGazetteer.txt",
                "anergazet/AlignedPersGazetteer.txt", "arabic-names/male-first--names-in-arabic.txt",
                "arabic-names/female-first-names-in-arabic.txt", "arabic-names/last-names-in-arabic.txt",
                "countries-ar/countries_ar.tsv")) {
            addSource(sources, shared, gaz.resolve(f), "gazetteer");
        }
        KnownEntities known = KnownEntities.trainingGazetteer();
        lexicon.addKnownEntities(known);
        prov.put("sources", sources.toString().strip());
        prov.put("knownEntities", known.size() + " entries from " + KnownEntities.RESOURCE);
        WordVectors vectors = null;
        if (newsCorpus != null) {
            // Clusters and vectors are keyed by proclitic-free forms, as the features look them up.
            NewsCorpus.Stripped text = newsCorpus.stripped(new ProcliticStripper(lexicon.build()));
            int clustered = NewsCorpus.clusterInto(lexicon, text, new WordClusterer(CLUSTER_WORDS, 800, 96, 512,
                    64, 12, options.seed()));
            log.accept("word clusters: " + clustered + " words");
            prov.put("clusters", CLUSTER_WORDS + " words, 800 contexts, 96 dims, k=512/64, 12 iterations");
            if (inputs.stacked() && inputs.network()) {
                vectors = WordVectors.build(text.corpus(), text.types(), VECTOR_WORDS, VECTOR_CONTEXTS,
                        VECTOR_DIMS, options.seed());
                log.accept("word vectors: " + vectors.words() + " words");
                prov.put("vectors", VECTOR_WORDS + " words, contexts: the " + VECTOR_CONTEXTS
                        + " most frequent words at -2..+2, positive PMI, truncated SVD to " + VECTOR_DIMS
                        + " dims");
            }
        }
        NerLexicon built = lexicon.build();
        log.accept("lexicon: " + built.words() + " words, " + built.phrases() + " gazetteer phrases, "
                + built.latinNames() + " Latin names");
        if (options.members() > 1 && vectors == null) {
            log.accept("one model, not " + options.members() + " members: an ensemble needs the news, the second "
                    + "stage and its network");
        }
        NerTrainer trainer = new NerTrainer(options);
        NerModel model = inputs.stacked()
                ? trainer.trainStacked(train, dev, built, vectors, prov, log, STACK_FOLDS, STACK_WINDOW)
                : trainer.train(train, dev, built, prov, log);
        return new Result(model, NerEvaluator.evaluate(model, dev));
    }

    private static void addSource(StringBuilder sources, Path shared, Path file, String note) {
        sources.append(shared.relativize(file)).append(" sha256=").append(Sha256.of(file)).append(" (").append(note)
                .append(")\n");
    }
}
