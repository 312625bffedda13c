package naba.morph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import naba.corpus.Sha256;
import naba.ml.FeatureSequence;
import naba.ml.LabelSet;
import naba.ml.PerceptronOptions;
import naba.ml.PerceptronTrainer;
import naba.ml.SequenceModel;
import naba.ml.TrainingSequence;

/**
 * Trains a {@link MorphModel} from PADT (segmentation and UPOS; train, tuned on dev) and the PADT lemma sentences
 * (lemmas, split by {@link LemmaSplit}). Seeded and stateless: the same files and options give the same model.
 * Learns, e.g., that «بانه» is {@code ب + أن + ه} and «الحكومات» has lemma «حُكُومَة».
 */
public final class MorphTrainer {
    private final MorphOptions options;

    public MorphTrainer(MorphOptions options) {
        this.options = options;
    }

    /**
     * Trains on the given files and records them (with sha256) in the model's provenance; {@code progress}
     * receives one line per epoch with the dev figures.
     */
    public MorphModel train(Path padtTrain, Path padtDev, Path lemmas, Path lemmaSplitTsv, Path news,
            Path gazetteers, Consumer<String> progress) {
        List<ConlluSentence> train = ConlluReader.read(padtTrain);
        List<ConlluSentence> dev = ConlluReader.read(padtDev);
        LemmaSplit split = LemmaSplit.of(ConlluReader.read(lemmas), lemmaSplitTsv);
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("padt.train", padtTrain.getFileName() + " sha256=" + Sha256.of(padtTrain));
        provenance.put("padt.dev", padtDev.getFileName() + " sha256=" + Sha256.of(padtDev));
        provenance.put("lemmas", lemmas.getFileName() + " sha256=" + Sha256.of(lemmas));
        provenance.put("lemmas.split", lemmaSplitTsv.getFileName() + " sha256=" + Sha256.of(lemmaSplitTsv));
        provenance.put("options", options.toString());
        CorpusStatistics statistics = CorpusStatistics.empty();
        if (news != null) {
            provenance.put("news", news.getFileName() + " sha256=" + Sha256.of(news));
            progress.accept("counting word forms in " + news.getFileName());
            statistics = CorpusStatistics.fromNews(news);
        }
        if (gazetteers != null) {
            provenance.put("gazetteers", gazetteers.toString());
            statistics = statistics.withNames(CorpusStatistics.nameTable(gazetteers));
        }
        return train(train, dev, split, statistics, provenance, progress);
    }

    /** Trains on sentences already read; {@code provenance} is stored in the model as given (plus figures). */
    public MorphModel train(List<ConlluSentence> train, List<ConlluSentence> dev, LemmaSplit lemmas,
            Map<String, String> provenance, Consumer<String> progress) {
        return train(train, dev, lemmas, CorpusStatistics.empty(), provenance, progress);
    }

    MorphModel train(List<ConlluSentence> train, List<ConlluSentence> dev, LemmaSplit lemmas,
            CorpusStatistics statistics, Map<String, String> provenance, Consumer<String> progress) {
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        // 1. Segmentation: a lexicon of seen tokens, and a classifier over frequent patterns for unseen ones.
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        Map<String, Integer> patternCounts = new HashMap<>();
        for (ConlluSentence s : train) {
            for (ConlluToken t : s.tokens()) {
                SegmentationPattern p = derive(t);
                if (p != null) {
                    String label = p.encode();
                    seen.computeIfAbsent(t.surface(), k -> new HashMap<>()).merge(label, 1, Integer::sum);
                    patternCounts.merge(label, 1, Integer::sum);
                }
            }
        }
        List<String> frequent = new ArrayList<>();
        String none = SegmentationPattern.NONE.encode();
        frequent.add(none);
        patternCounts.entrySet().stream()
                .filter(e -> e.getValue() >= options.minPatternCount() && !e.getKey().equals(none))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> frequent.add(e.getKey()));
        LabelSet segLabels = LabelSet.of(frequent);
        Map<String, Integer> formCounts = new HashMap<>();
        for (ConlluSentence s : train) {
            for (ConlluToken t : s.tokens()) {
                for (ConlluWord w : t.words()) {
                    formCounts.merge(w.form(), 1, Integer::sum);
                }
            }
        }
        byte[] formTable = FormSpelling.table(formCounts);
        List<String> extra = new ArrayList<>();
        Map<String, Integer> lexicon = new HashMap<>();
        Map<String, Integer> tokenCounts = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : seen.entrySet()) {
            String best = mostFrequent(e.getValue());
            int id = segLabels.id(best);
            if (id < 0) {
                id = extra.indexOf(best);
                if (id < 0) {
                    extra.add(best);
                    id = extra.size() - 1;
                }
                id += segLabels.size();
            }
            lexicon.put(e.getKey(), id);
            tokenCounts.put(e.getKey(), e.getValue().values().stream().mapToInt(Integer::intValue).sum());
        }
        // Deterministic extra-pattern ids regardless of HashMap order.
        List<String> sortedExtra = new ArrayList<>(extra);
        sortedExtra.sort(Comparator.naturalOrder());
        if (!sortedExtra.equals(extra)) {
            Map<String, Integer> remapped = new HashMap<>();
            for (Map.Entry<String, Integer> e : lexicon.entrySet()) {
                int id = e.getValue();
                remapped.put(e.getKey(), id < segLabels.size() ? id
                        : segLabels.size() + sortedExtra.indexOf(extra.get(id - segLabels.size())));
            }
            lexicon = remapped;
            extra = sortedExtra;
        }
        List<TrainingSequence> segData = new ArrayList<>();
        FeatureSequence fs = new FeatureSequence(64);
        for (ConlluSentence s : train) {
            String[] surfaces = surfaces(s);
            for (int i = 0; i < surfaces.length; i++) {
                ConlluToken t = s.tokens().get(i);
                SegmentationPattern p = derive(t);
                int y = p == null ? -1 : segLabels.id(p.encode());
                if (y < 0 || !hasArabicLetter(t.surface()) || tokenCounts.get(t.surface()) > options.maxRareCount()) {
                    continue;
                }
                fs.clear();
                MorphFeatures.segmentation(surfaces, i, statistics, fs);
                segData.add(new TrainingSequence(fs.copy(), new int[] {y}));
            }
        }
        progress.accept(String.format(Locale.ROOT, "segmenter: %d patterns (%d lexicon-only), %d lexicon tokens, "
                + "%d rare training tokens", segLabels.size(), extra.size(), lexicon.size(), segData.size()));
        final Map<String, Integer> lex = lexicon;
        final List<String> extraFinal = extra;
        SequenceModel[] segBest = new SequenceModel[1];
        double[] segBestScore = {-1};
        SequenceModel segmenter = new PerceptronTrainer(
                PerceptronOptions.classifier(options.segEpochs(), options.seed(), options.segHashBits()))
                .train(segLabels, segData, (epoch, m, mistakes) -> {
                    SequenceModel q = m.quantized();
                    double acc = unseenSegmentationAccuracy(q, lex, extraFinal, dev, statistics, formTable);
                    progress.accept(String.format(Locale.ROOT,
                            "segmenter epoch %d: train mistakes %d, dev unseen-token accuracy %.2f", epoch, mistakes,
                            100 * acc));
                    if (acc > segBestScore[0]) {
                        segBestScore[0] = acc;
                        segBest[0] = q;
                    }
                });
        segmenter = segBest[0];
        prov.put("dev.segmentation.unseen", String.format(Locale.ROOT, "%.2f", 100 * segBestScore[0]));

        // 2. UPOS tagger over gold words.
        List<String> tags = new ArrayList<>();
        for (ConlluSentence s : train) {
            for (ConlluToken t : s.tokens()) {
                for (ConlluWord w : t.words()) {
                    if (w.upos() != null && !tags.contains(w.upos())) {
                        tags.add(w.upos());
                    }
                }
            }
        }
        tags.sort(Comparator.naturalOrder());
        LabelSet tagLabels = LabelSet.of(tags);
        List<TrainingSequence> tagData = taggingData(train, tagLabels, statistics);
        List<TrainingSequence> tagDev = taggingData(dev, tagLabels, statistics);
        SequenceModel[] tagBest = new SequenceModel[1];
        double[] tagBestScore = {-1};
        new PerceptronTrainer(PerceptronOptions.tagger(options.posEpochs(), options.seed(), options.posHashBits()))
                .train(tagLabels, tagData, (epoch, m, mistakes) -> {
                    SequenceModel q = m.quantized();
                    double acc = accuracy(q, tagDev);
                    progress.accept(String.format(Locale.ROOT,
                            "tagger epoch %d: train mistakes %d, dev UPOS accuracy (gold words) %.2f", epoch,
                            mistakes, 100 * acc));
                    if (acc > tagBestScore[0]) {
                        tagBestScore[0] = acc;
                        tagBest[0] = q;
                    }
                });
        prov.put("dev.upos.goldwords", String.format(Locale.ROOT, "%.2f", 100 * tagBestScore[0]));

        // 3. Lemmas: (form, class) lexicon and an edit classifier for unseen forms.
        Map<String, Map<String, Integer>> byFormClass = new HashMap<>();
        Map<String, Map<String, Integer>> byForm = new HashMap<>();
        Map<String, Integer> editCounts = new HashMap<>();
        for (ConlluSentence s : lemmas.train()) {
            for (ConlluToken t : s.tokens()) {
                for (ConlluWord w : t.words()) {
                    if (w.lemma() == null) {
                        continue;
                    }
                    String plain = Diacritics.strip(w.form());
                    String cls = LemmaClass.ofUniMorph(w.feats());
                    byFormClass.computeIfAbsent(plain + '\t' + cls, k -> new HashMap<>()).merge(w.lemma(), 1,
                            Integer::sum);
                    byForm.computeIfAbsent(plain, k -> new HashMap<>()).merge(w.lemma(), 1, Integer::sum);
                    if (!cls.equals("_")) {
                        editCounts.merge(LemmaEdit.derive(plain, Diacritics.strip(w.lemma())).encode(), 1,
                                Integer::sum);
                    }
                }
            }
        }
        List<String> edits = new ArrayList<>();
        edits.add(LemmaEdit.IDENTITY.encode());
        editCounts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && !e.getKey().equals(LemmaEdit.IDENTITY.encode()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> edits.add(e.getKey()));
        LabelSet editLabels = LabelSet.of(edits);
        List<TrainingSequence> lemmaData = new ArrayList<>();
        for (ConlluSentence s : lemmas.train()) {
            for (ConlluToken t : s.tokens()) {
                for (ConlluWord w : t.words()) {
                    String cls = LemmaClass.ofUniMorph(w.feats());
                    if (w.lemma() == null || cls.equals("_")) {
                        continue;
                    }
                    String plain = Diacritics.strip(w.form());
                    int y = editLabels.id(LemmaEdit.derive(plain, Diacritics.strip(w.lemma())).encode());
                    if (y < 0) {
                        continue;
                    }
                    fs.clear();
                    MorphFeatures.lemma(plain, cls, fs);
                    lemmaData.add(new TrainingSequence(fs.copy(), new int[] {y}));
                }
            }
        }
        Map<String, String> lemmaByFormClass = new HashMap<>();
        byFormClass.forEach((k, v) -> lemmaByFormClass.put(k, mostFrequent(v)));
        Map<String, String> lemmaByForm = new HashMap<>();
        byForm.forEach((k, v) -> lemmaByForm.put(k, mostFrequent(v)));
        SequenceModel finalSegmenter = segmenter;
        SequenceModel finalTagger = tagBest[0];
        MorphModel[] lemmaBest = new MorphModel[1];
        double[] lemmaBestScore = {-1};
        new PerceptronTrainer(PerceptronOptions.classifier(options.lemmaEpochs(), options.seed(),
                options.lemmaHashBits())).train(editLabels, lemmaData, (epoch, m, mistakes) -> {
                    MorphModel candidate = new MorphModel(prov, lex, extraFinal, finalSegmenter, finalTagger,
                            statistics, formTable,                            lemmaByFormClass, lemmaByForm, m.quantized());
                    LemmaScore score = MorphEvaluator.lemmaAccuracy(candidate, lemmas.dev());
                    progress.accept(String.format(Locale.ROOT,
                            "lemmatizer epoch %d: train mistakes %d, dev lemma accuracy %.2f (plain), %.2f (vocalized)",
                            epoch, mistakes, score.plainAccuracy(), score.exactAccuracy()));
                    if (score.plainAccuracy() > lemmaBestScore[0]) {
                        lemmaBestScore[0] = score.plainAccuracy();
                        lemmaBest[0] = candidate;
                    }
                });
        prov.put("dev.lemma.plain", String.format(Locale.ROOT, "%.2f", lemmaBestScore[0]));
        MorphModel best = lemmaBest[0];
        return new MorphModel(prov, lex, extraFinal, best.segmenter().classifier(), best.taggerModel(), statistics,
                formTable,
                lemmaByFormClass,
                lemmaByForm, best.lemmatizerModel());
    }

    private static SegmentationPattern derive(ConlluToken t) {
        List<String> forms = new ArrayList<>(t.words().size());
        List<String> upos = new ArrayList<>(t.words().size());
        for (ConlluWord w : t.words()) {
            forms.add(w.form());
            upos.add(w.upos());
        }
        SegmentationPattern p = SegmentationPattern.derive(t.surface(), forms, upos);
        return p != null && p.appliesTo(t.surface()) && sameForms(p.apply(t.surface()), forms) ? p : null;
    }

    private static boolean sameForms(List<SegmentationPattern.SegmentedWord> words, List<String> forms) {
        if (words.size() != forms.size()) {
            return false;
        }
        for (int i = 0; i < forms.size(); i++) {
            if (!words.get(i).form().equals(forms.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static double unseenSegmentationAccuracy(SequenceModel segmenter, Map<String, Integer> lexicon,
            List<String> extra, List<ConlluSentence> dev, CorpusStatistics statistics, byte[] formTable) {
        CliticSegmenter probe = new CliticSegmenter(lexicon, extra, segmenter, statistics,
                new FormSpelling(formTable, statistics));
        FeatureSequence fs = new FeatureSequence(64);
        float[] scratch = new float[segmenter.labels().size()];
        int total = 0;
        int correct = 0;
        for (ConlluSentence s : dev) {
            String[] surfaces = surfaces(s);
            for (int i = 0; i < surfaces.length; i++) {
                ConlluToken t = s.tokens().get(i);
                if (lexicon.containsKey(t.surface()) || !hasArabicLetter(t.surface())) {
                    continue;
                }
                total++;
                List<SegmentationPattern.SegmentedWord> p = probe.segment(surfaces, i, fs, scratch);
                List<String> forms = new ArrayList<>();
                for (ConlluWord w : t.words()) {
                    forms.add(w.form());
                }
                if (sameForms(p, forms)) {
                    correct++;
                }
            }
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    private static List<TrainingSequence> taggingData(List<ConlluSentence> sentences, LabelSet labels,
            CorpusStatistics statistics) {
        List<TrainingSequence> out = new ArrayList<>(sentences.size());
        FeatureSequence fs = new FeatureSequence(1024);
        for (ConlluSentence s : sentences) {
            List<String> forms = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (ConlluToken t : s.tokens()) {
                for (ConlluWord w : t.words()) {
                    forms.add(w.form());
                    int id = w.upos() == null ? -1 : labels.id(w.upos());
                    ids.add(id);
                }
            }
            if (ids.contains(-1) || forms.isEmpty()) {
                continue;
            }
            String[] f = forms.toArray(new String[0]);
            fs.clear();
            int[] codes = statistics.codes(f);
            for (int i = 0; i < f.length; i++) {
                MorphFeatures.tagging(f, codes, i, fs);
            }
            out.add(new TrainingSequence(fs.copy(), ids.stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private static double accuracy(SequenceModel model, List<TrainingSequence> data) {
        long total = 0;
        long correct = 0;
        int[] out = new int[16];
        for (TrainingSequence s : data) {
            if (out.length < s.labels().length) {
                out = new int[s.labels().length * 2];
            }
            model.decode(s.features(), out);
            for (int i = 0; i < s.labels().length; i++) {
                total++;
                if (out[i] == s.labels()[i]) {
                    correct++;
                }
            }
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    static String[] surfaces(ConlluSentence s) {
        String[] out = new String[s.tokens().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.tokens().get(i).surface();
        }
        return out;
    }

    static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                return true;
            }
        }
        return false;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
