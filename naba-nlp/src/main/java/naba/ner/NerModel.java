package naba.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import naba.ml.FeatureSequence;
import naba.ml.ModelFormatException;
import naba.ml.SequenceModel;
import naba.normalize.ArabicNormalizer;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Sentence;
import naba.text.Token;

/**
 * The trained named-entity tagger: a first-order averaged-perceptron sequence model over hashed features
 * ({@link NerFeatures}), with the word statistics, gazetteer and clusters it was trained with, optionally followed by a
 * second stage that tags again with the first stage's labels of the surrounding sentences ({@link StackFeatures}) and,
 * when the model has one, the guesses of a {@link WindowNetwork} over news word vectors.
 * For the sentence
 * «أعرب وزير الخارجية الأميركي، جون كيري عن قلق بلاده» {@link #tag(Document, Sentence)} returns the mention «جون كيري»
 * (PERS) with its score.
 *
 * <p>Immutable and thread-safe; it keeps no "last result". {@link #save} stores a format version, the label set, the
 * feature templates (of both stages) and the provenance (training files with sha256, seed, epochs, dev F1);
 * {@link #load} checks them.
 */
public final class NerModel implements SpanTagger {
    /**
     * Format of {@link #save}: 2 adds the second (stacked) stage, absent or present; 3 adds the second stage's
     * {@link WindowNetwork}, absent or present; 4 adds the network's context input and trained embeddings, absent or
     * present; 5 allows several networks (an ensemble's members, see {@link #mean}), writes their word vectors once
     * and their trained embeddings in 8 bits. {@link #load} also reads formats 1 (one stage), 2, 3 and 4.
     */
    public static final int FORMAT = 5;
    /** Where the committed model lives on the classpath. */
    public static final String RESOURCE = "naba/ner/ner.bin";
    private static final int MAGIC = 0x4e41424e; // "NABN"
    /** Softmax temperature of mention scores. */
    private static final double TEMPERATURE = 16;

    private final LabelCodec codec;
    /** The first stage: the sentence tagger. */
    private final SequenceModel weights;
    /** The second stage (same templates plus {@link StackFeatures} from the first stage's labels), or null. */
    private final SequenceModel second;
    private final StackFeatures stack;
    /** The networks whose label guesses the second stage also reads (none, one, or one per ensemble member). */
    private final List<WindowNetwork> networks;
    private final NerFeatures features;
    private final Map<String, String> provenance;

    NerModel(LabelCodec codec, SequenceModel weights, NerLexicon lexicon, Map<String, String> provenance) {
        this(codec, weights, null, 0, lexicon, provenance);
    }

    /**
     * A two-stage model when {@code second} is not null: it tags again with the first stage's labels over
     * {@code window} sentences before and after each sentence as extra features.
     */
    NerModel(LabelCodec codec, SequenceModel weights, SequenceModel second, int window, NerLexicon lexicon,
            Map<String, String> provenance) {
        this(codec, weights, second, window, List.of(), lexicon, provenance);
    }

    /** As the two-stage constructor; with a {@code network}, the second stage also reads its label guesses. */
    NerModel(LabelCodec codec, SequenceModel weights, SequenceModel second, int window, WindowNetwork network,
            NerLexicon lexicon, Map<String, String> provenance) {
        this(codec, weights, second, window, network == null ? List.of() : List.of(network), lexicon, provenance);
    }

    /** As the two-stage constructor; the second stage also reads the label guesses of each of the {@code networks}. */
    NerModel(LabelCodec codec, SequenceModel weights, SequenceModel second, int window, List<WindowNetwork> networks,
            NerLexicon lexicon, Map<String, String> provenance) {
        if (!networks.isEmpty() && second == null) {
            throw new NerException("ner model: a window network needs a second stage");
        }
        if (networks.stream().anyMatch(n -> !n.readsLike(networks.get(0)))) {
            throw new NerException("ner model: the networks of one model read texts alike (one lexicon, vectors and "
                    + "embedding sizes)");
        }
        if (!weights.labels().names().equals(codec.labels())) {
            throw new NerException("ner model: labels " + weights.labels() + " do not match codec " + codec);
        }
        if (second != null && !second.labels().names().equals(codec.labels())) {
            throw new NerException("ner model: second-stage labels " + second.labels() + " do not match " + codec);
        }
        this.codec = codec;
        this.weights = weights;
        this.second = second;
        this.stack = second == null ? null : new StackFeatures(codec, window);
        this.networks = List.copyOf(networks);
        this.features = new NerFeatures(lexicon);
        this.provenance = Map.copyOf(new LinkedHashMap<>(provenance));
    }

    /** The most networks, and so ensemble members, a model file may hold. */
    static final int MAX_MEMBERS = 16;

    /**
     * The ensemble of two-stage models trained over one lexicon and word vectors (by different seeds): one model
     * that tags as their mean scores would, at the cost of one model and its networks. Its first stage is their first
     * stages' mean, whose labels every member's second stage then reads; its second stage is their second stages'
     * mean, with each member's network guesses as features of that member only ({@link
     * WindowNetwork#memberFeature}). Each of the {@code members} has one network. Three members of seeds 3, 1003 and
     * 2003 score 80.04 on dev, against 80.15, 78.89 and 78.86 alone.
     */
    static NerModel mean(List<NerModel> members, Map<String, String> provenance) {
        NerModel head = members.get(0);
        List<SequenceModel> firsts = new ArrayList<>();
        List<SequenceModel> seconds = new ArrayList<>();
        List<WindowNetwork> nets = new ArrayList<>();
        int[] ids = WindowNetwork.featureIds(head.codec.size());
        int[][] own = new int[members.size()][];
        int[][] renamed = new int[members.size()][];
        for (int k = 0; k < members.size(); k++) {
            NerModel m = members.get(k);
            if (m.second == null || m.networks.size() != 1 || m.lexicon() != head.lexicon()
                    || m.codec != head.codec || m.stack.window() != head.stack.window()) {
                throw new NerException("ner ensemble: members must be two-stage models with one network each, "
                        + "over one lexicon, codec and window");
            }
            firsts.add(m.weights);
            seconds.add(m.second);
            nets.add(m.networks.get(0));
            own[k] = k == 0 ? new int[0] : ids;
            renamed[k] = new int[own[k].length];
            for (int j = 0; j < own[k].length; j++) {
                renamed[k][j] = WindowNetwork.memberFeature(own[k][j], k);
            }
        }
        int[][] none = new int[members.size()][0];
        return new NerModel(head.codec, SequenceModel.mean(firsts, none, none), SequenceModel.mean(seconds, own,
                renamed), head.stack.window(), nets, head.lexicon(), provenance);
    }

    /** The first stage's weights. */
    SequenceModel firstStage() {
        return weights;
    }

    /** This model with other provenance. */
    NerModel withProvenance(Map<String, String> provenance) {
        return new NerModel(codec, weights, second, stack == null ? 0 : stack.window(), networks, lexicon(),
                provenance);
    }

    /** Networks whose guesses the second stage reads: one per ensemble member (none without a network). */
    int networks() {
        return networks.size();
    }

    /** True when a second stage re-tags with document features (see {@link StackFeatures}). */
    public boolean stacked() {
        return second != null;
    }

    public LabelCodec codec() {
        return codec;
    }

    /** Training files with sha256, seed, epochs, dev F1 and so on, as recorded at training time. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /** The feature template names this model was trained with. */
    public List<String> templates() {
        return NerFeatures.TEMPLATES;
    }

    NerLexicon lexicon() {
        return features.lexicon();
    }

    ProcliticStripper stripper() {
        return features.stripper();
    }

    /** The Latin name of a place the model's gazetteer knows («سوريا» → «Syria»), or null. */
    public String latinName(String surface) {
        return features.lexicon().latin(ArabicNormalizer.SEARCH.normalize(surface));
    }

    /** Tags tokens as written (normalizes them first). */
    @Override
    public List<TokenSpan> tag(List<String> tokens) {
        return tagNormalized(List.<String[]>of(NerFeatures.normalize(tokens)), List.of(PartsOfSpeech.of(tokens)),
                List.<IntFunction<String>>of(tokens::get)).get(0);
    }

    /** How many previous sentences {@link #tagAll} remembers names from (8, 10 and 20 scored alike on dev, 60 lower). */
    static final int DOC_WINDOW = 10;

    /**
     * Tags consecutive sentences of one text: all sentences by the model (whose second stage looks at the sentences
     * around each one), then {@link DocumentRecall} adds names tagged in the previous sentences that the model missed
     * (after the second stage it still adds 0.8 F1 on dev).
     */
    @Override
    public List<List<TokenSpan>> tagAll(List<List<String>> sentences) {
        List<String[]> norms = new ArrayList<>(sentences.size());
        List<byte[]> pos = new ArrayList<>(sentences.size());
        List<IntFunction<String>> surfaces = new ArrayList<>(sentences.size());
        for (List<String> tokens : sentences) {
            norms.add(NerFeatures.normalize(tokens));
            pos.add(PartsOfSpeech.of(tokens));
            surfaces.add(tokens::get);
        }
        return tagDocument(norms, pos, surfaces);
    }

    /**
     * {@link #tagAll} over SEARCH-normalized sentences with their tokens' {@link PartsOfSpeech} codes;
     * {@code surfaces.get(s)} gives token {@code i} of sentence {@code s} as written.
     */
    List<List<TokenSpan>> tagDocument(List<String[]> sentences, List<byte[]> pos, List<IntFunction<String>> surfaces) {
        List<List<TokenSpan>> tagged = tagNormalized(sentences, pos, surfaces);
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        DocumentRecall recall = new DocumentRecall(DOC_WINDOW, features.stripper());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(recall.next(sentences.get(s), tagged.get(s)));
        }
        return out;
    }

    /**
     * Tags consecutive sentences of one text, SEARCH-normalized, with their tokens' {@link PartsOfSpeech} codes;
     * {@code surfaces.get(s)} gives token {@code i} of sentence {@code s} as written. The first stage tags each
     * sentence; a two-stage model then tags each again with the first stage's labels of the sentences around it
     * ({@link StackFeatures}).
     */
    List<List<TokenSpan>> tagNormalized(List<String[]> sentences, List<byte[]> pos,
            List<IntFunction<String>> surfaces) {
        int m = sentences.size();
        FeatureSequence fs = new FeatureSequence(4096);
        float[] scratch = new float[codec.size()];
        List<List<TokenSpan>> out = new ArrayList<>(m);
        List<int[]> first = new ArrayList<>(m);
        // A two-stage model keeps each sentence's first-stage features and proclitic-free word hashes for the second.
        List<FeatureSequence> firstFeatures = new ArrayList<>(second == null ? 0 : m);
        List<long[]> bare = new ArrayList<>(second == null ? 0 : m);
        for (int s = 0; s < m; s++) {
            long[] b = second == null ? null : new long[sentences.get(s).length];
            int[] ids = firstStageLabels(sentences.get(s), pos.get(s), fs, b);
            if (second == null) {
                out.add(spans(weights, fs, ids, sentences.get(s), pos.get(s), surfaces.get(s), scratch));
            } else {
                first.add(ids);
                firstFeatures.add(fs.copy());
                bare.add(b);
            }
        }
        if (second == null) {
            return out;
        }
        int[][] extra = stack.extract(bare, first);
        int perToken = StackFeatures.PER_TOKEN;
        if (!networks.isEmpty()) {
            WindowNetwork.Text text = networks.get(0).read(sentences);
            List<float[][]> guesses = new ArrayList<>(networks.size());
            for (WindowNetwork network : networks) {
                guesses.add(network.probabilities(text));
            }
            List<float[]> sentence = new ArrayList<>(networks.size());
            for (int s = 0; s < m; s++) {
                sentence.clear();
                for (float[][] g : guesses) {
                    sentence.add(g[s]);
                }
                extra[s] = WindowNetwork.appendFeatures(extra[s], sentence, first.get(s), codec.size());
            }
            perToken += networks.size() * WindowNetwork.PER_TOKEN;
        }
        for (int s = 0; s < m; s++) {
            int[] ids = new int[sentences.get(s).length];
            firstFeatures.get(s).withExtras(extra[s], perToken, fs);
            second.decode(fs, ids);
            out.add(spans(second, fs, ids, sentences.get(s), pos.get(s), surfaces.get(s), scratch));
        }
        return out;
    }

    /**
     * The spans of label ids decoded by {@code model} from {@code fs}, with confidences, particles trimmed,
     * coordinated names split and an organization joined with its city.
     */
    private List<TokenSpan> spans(SequenceModel model, FeatureSequence fs, int[] ids, String[] norms, byte[] pos,
            IntFunction<String> surface, float[] scratch) {
        if (ids.length == 0) {
            return List.of();
        }
        float[] confidence = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            confidence[i] = ids[i] == 0 ? 1f : confidence(model, fs, i, ids[i], scratch);
        }
        return joinOrganizationAndPlace(norms, pos, splitCoordinated(norms, trimParticles(surface, norms, pos,
                codec.decode(ids, confidence))));
    }

    /**
     * Splits a span before an inner word whose «و» is the conjunction: «طالبان والقاعدة» is two organizations,
     * «أرسنال وموناكو» two clubs. ANERcorp's training file keeps coordinated names apart (236 pairs of places, 134 of
     * persons, 22 of organizations) and writes them as one name mostly where the pair is a name of its own, «البوسنة
     * والهرسك», which the gazetteers hold and which stays whole. The stripper decides whether the «و» is a proclitic
     * («ستيوارت وايت» stays).
     */
    List<TokenSpan> splitCoordinated(String[] norms, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int from = span.start();
            if (span.end() - from >= 2 && !gazetteerPhrase(norms, span)) {
                for (int i = from + 1; i < span.end(); i++) {
                    if (conjunction(norms[i], span.type())) {
                        if (out == null) {
                            out = new ArrayList<>(spans.subList(0, k));
                        }
                        out.add(new TokenSpan(from, i, span.type(), span.score()));
                        from = i;
                    }
                }
            }
            if (out != null) {
                out.add(from == span.start() ? span : new TokenSpan(from, span.end(), span.type(), span.score()));
            }
        }
        return out == null ? spans : out;
    }

    /**
     * True when the word begins with a conjunction «و» that the stripper splits off and the rest is the more frequent
     * word in the news: «والقاعدة», «وموناكو», but not «وايت» (White), whose rest «ايت» is a gazetteer name. Inside a
     * person the rest must also be a known name («راشد ونهى»), since many surnames begin with «و» («أنور وجدي»,
     * «عبد الواحد وافي»).
     */
    private boolean conjunction(String norm, EntityType type) {
        NerLexicon lexicon = lexicon();
        ProcliticStripper stripper = features.stripper();
        return norm.length() > 2 && norm.charAt(0) == ProcliticStripper.WAW && stripper.strip(norm) > 0
                && lexicon.count(norm, 1, norm.length()) > lexicon.count(norm, 0, norm.length())
                && (type != EntityType.PERS || stripper.isName(norm, 1));
    }

    /** True when the span's words are a gazetteer phrase («البوسنة والهرسك»). */
    private boolean gazetteerPhrase(String[] norms, TokenSpan span) {
        long h = 0;
        for (int i = span.start(); i < span.end(); i++) {
            h = NerLexicon.phraseHash(h, WordHash.of(norms[i]));
        }
        return lexicon().phraseClasses(h) != 0;
    }

    /**
     * A one-word organization right before a one-word place is one name: «دينامو كييف», «سسكا موسكو» (a club and its
     * city). ANERcorp's training file (without the dev split) writes a name and a city as one organization 28 times
     * («إنتر ميلان», «سبارتاك موسكو», «اتحاد طنجة», «جامعة زيورخ») and as two names 5 times («أياكس» «أمستردام»);
     * the tagger, which knows the city, often splits them. A place with a proclitic (as {@link ProcliticStripper}
     * decides) is not joined: «البوليساريو بتندوف» is an organization in a place. Nor is a country after a verb:
     * «واتهمت حماس إسرائيل» is a verb, its subject and its object, while «بدأت جامعة لشبونة» is one university (a
     * city after a verb stays joined; the training file never writes a one-word organization and a country as one
     * name).
     */
    private List<TokenSpan> joinOrganizationAndPlace(String[] norms, byte[] pos, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            TokenSpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            boolean join = next != null && span.type() == EntityType.ORG && next.type() == EntityType.LOC
                    && span.end() - span.start() == 1 && next.end() - next.start() == 1 && span.end() == next.start()
                    && features.stripper().strip(norms[next.start()]) == 0
                    && !(span.start() > 0 && pos[span.start() - 1] == PartsOfSpeech.VERB
                            && (lexicon().phraseClasses(WordHash.of(norms[next.start()])) & NerLexicon.COUNTRY) != 0);
            if (join && out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            if (join) {
                out.add(new TokenSpan(span.start(), next.end(), EntityType.ORG, Math.min(span.score(),
                        next.score())));
                k++;
            } else if (out != null) {
                out.add(span);
            }
        }
        return out == null ? spans : out;
    }

    /**
     * First-stage label ids of one sentence (SEARCH-normalized): what {@link StackFeatures} is computed from. When
     * {@code bare} is not null, it receives the tokens' proclitic-free word hashes ({@link NerFeatures#bare}).
     */
    int[] firstStageLabels(String[] norms, byte[] pos, FeatureSequence fs, long[] bare) {
        int[] ids = new int[norms.length];
        // An empty sentence clears fs too, so callers may keep it as that sentence's features.
        features.extract(norms, pos, fs, null, bare);
        weights.decode(fs, ids);
        return ids;
    }

    /**
     * Particles that never begin a name («فإن كيري» is «كيري»): trained to tag unseen words from their context, the
     * perceptron sometimes stretches a person over the particle before it. Written with hamza (LIGHT-normalized),
     * because without it «فان» and «بان» are also names («فان باستن», «بان كي مون»).
     */
    private static final Set<String> PARTICLES = Set.of("إن", "فإن", "بأن", "لأن", "وإن", "وأن", "إنه", "فإنه", "بأنه",
            "لكن", "ولكن", "قد", "وقد", "لقد", "ثم", "أو", "في", "عن", "الذي", "التي");

    /**
     * Titles that never end a person's name: «محمد بن سلمان ... آل سعود ولي ولي العهد» ends before «ولي». None of the
     * 2,721 persons of ANERcorp's training file ends with one. Titles that are also names («الملك» of «عبد الملك»,
     * «الشيخ» of «آل الشيخ», «الوزير», «أمير») are not listed. SEARCH-normalized.
     */
    private static final Set<String> TITLES = Stream.of("ولي", "رئيس", "وزير", "نائب", "الرئيس", "السفير", "المتحدث",
            "مدير", "عاهل", "خادم", "سمو").map(ArabicNormalizer.SEARCH::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Personal pronouns that never begin or end a person's name: «بابا أحمد أنا» is «بابا أحمد» («أنا»: I). None of
     * ANERcorp's training persons has one but «انا» once. «هو» and «هي» are left out: they begin Chinese names
     * («هو جين تاو»). SEARCH-normalized, also with «و» or «ف» before them («وأنا»).
     */
    private static final Set<String> PRONOUNS = Stream.of("أنا", "أنت", "نحن", "أنتم", "أنتما", "أنتن", "هم", "هما",
            "هن").flatMap(p -> Stream.of(p, "و" + p, "ف" + p)).map(ArabicNormalizer.SEARCH::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** «الله», God, as SEARCH normalization writes it: no person's name begins with it. */
    private static final String GOD = ArabicNormalizer.SEARCH.normalize("الله");
    /**
     * «نجم», a star, in apposition after a person: «سامي الجابر نجم الهلال» is «سامي الجابر», the star of Al Hilal.
     * It is also a surname («أحمد فؤاد نجم»), so it is cut only before a definite word, a team or another name, as
     * in ANERcorp's training file («محمد عبدالوهاب نجم المنتخب», «أميتاب باتشان نجم السينما»; but «ماجد نجم رئيس
     * قسم»). A surname before a verb's definite object is cut too: «قدمت الإعلامية ريما نجم الفنان».
     */
    private static final String STAR = ArabicNormalizer.SEARCH.normalize("نجم");

    /**
     * Drops leading particles from spans, and from a person the words after it that begin with «لل» («محمد معيط
     * للصحفيين»: to the journalists; no person in ANERcorp's training file continues with such a word) or that are
     * {@link #TITLES}, and {@link #PRONOUNS} at either end, and a last {@link #STAR} before a definite word, a team or
     * the next span; then, while more than one word is left, a person's first word of origin: a definite word ending
     * in «ي» that the morphology ({@code pos}) tags ADJ, or NOUN where it stands for a person, so «للإيراني أصغر
     * فرهادي» (by the Iranian Asghar Farhadi) is «أصغر فرهادي». ANERcorp's training file leaves such a word outside the
     * person 272 times («الفرنسي», «البرازيلي», «المصري») and puts it first in a person once; given names that begin
     * like the article («الفارو ميخيا», Álvaro Mejía) do not end in «ي». A span left empty is dropped, and so is a
     * person that begins with «الله»: «سائلا الله العلي القدير», «سيفتح الله بابا» (God will open a door). No person
     * of the training file begins so but «الله» alone.
     *
     * @param surface token {@code i} as written
     * @param norms   the tokens in the tagger's form
     * @param pos     the tokens' {@link PartsOfSpeech} codes
     */
    List<TokenSpan> trimParticles(IntFunction<String> surface, String[] norms, byte[] pos, List<TokenSpan> spans) {
        int n = norms.length;
        ProcliticStripper stripper = features.stripper();
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int start = span.start();
            int end = span.end();
            boolean person = span.type() == EntityType.PERS;
            while (start < end && (PARTICLES.contains(ArabicNormalizer.LIGHT.normalize(surface.apply(start)))
                    || person && PRONOUNS.contains(ArabicNormalizer.SEARCH.normalize(surface.apply(start))))) {
                start++;
            }
            if (person && start < end && GOD.equals(ArabicNormalizer.SEARCH.normalize(surface.apply(start)))) {
                start = end;
            }
            while (person && end > start) {
                String last = ArabicNormalizer.SEARCH.normalize(surface.apply(end - 1));
                boolean notName = PRONOUNS.contains(last)
                        || end - 1 > start && (last.startsWith("\u0644\u0644") || TITLES.contains(last)
                                || end == span.end() && STAR.equals(last)
                                        && beforeDefiniteOrName(surface, n, spans, k));
                if (!notName) {
                    break;
                }
                end--;
            }
            while (person && end - start > 1
                    && (pos[start] == PartsOfSpeech.ADJ || pos[start] == PartsOfSpeech.NOUN)
                    && wordOfOrigin(stripper.rest(norms[start], stripper.strip(norms[start])))) {
                start++;
            }
            boolean trimmed = start != span.start() || end != span.end();
            if (trimmed && out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            if (out != null && start < end) {
                out.add(trimmed ? new TokenSpan(start, end, span.type(), span.score()) : span);
            }
        }
        return out == null ? spans : out;
    }

    /** The «ي» that ends a word of origin («الإيراني», «المصري»). */
    private static final String NISBA = "\u064A";

    private static boolean wordOfOrigin(String word) {
        return word.startsWith(ProcliticStripper.ARTICLE) && word.endsWith(NISBA);
    }

    /** Words for a team after «نجم» («نجم فريق ليفربول»), SEARCH-normalized. */
    private static final Set<String> TEAMS = Stream.of("فريق", "نادي", "منتخب").map(ArabicNormalizer.SEARCH::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * True when the word after span {@code k} is definite («الهلال»), a team («فريق»), or begins the next span
     * («ليفربول»).
     */
    private static boolean beforeDefiniteOrName(IntFunction<String> surface, int n, List<TokenSpan> spans, int k) {
        int next = spans.get(k).end();
        if (next >= n) {
            return false;
        }
        String word = ArabicNormalizer.SEARCH.normalize(surface.apply(next));
        return k + 1 < spans.size() && spans.get(k + 1).start() == next || word.startsWith(ProcliticStripper.ARTICLE)
                || TEAMS.contains(word);
    }

    /**
     * Softmax probability of the chosen label from the position's emission scores at {@link #TEMPERATURE}: a rough
     * confidence (the temperature maximized the log-likelihood of right/wrong mentions on the dev split).
     */
    private float confidence(SequenceModel model, FeatureSequence fs, int position, int label, float[] scratch) {
        model.scores(fs, position, scratch);
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scratch) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (float s : scratch) {
            sum += Math.exp((s - max) / TEMPERATURE);
        }
        return (float) (Math.exp((scratch[label] - max) / TEMPERATURE) / sum);
    }

    /**
     * The mentions of one sentence of an annotated document (needs {@link Layers#TOKENS}), spans without their
     * proclitics, ordered, never crossing the sentence's end. Their entity index is -1.
     */
    public List<Mention> tag(Document document, Sentence sentence) {
        return tag(document, List.of(sentence)).get(0);
    }

    /**
     * The mentions of consecutive sentences of one annotated document (needs {@link Layers#TOKENS}), one list per
     * sentence, as {@link #tag(Document, Sentence)} gives them; a two-stage model sees the sentences around each one,
     * so tag a document's sentences together rather than one by one.
     */
    public List<List<Mention>> tag(Document document, List<Sentence> sentences) {
        TaggerInput input = TaggerInput.of(document, sentences);
        List<String[]> norms = input.forms();
        List<List<Token>> inside = input.tokens();
        List<List<TokenSpan>> spans = tagDocument(norms, input.pos(), input.surfaces());
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            List<Mention> mentions = new ArrayList<>();
            for (TokenSpan span : spans.get(s)) {
                Mention m = MentionSpans.toMention(document, inside.get(s), norms.get(s), span, features.stripper());
                if (m != null) {
                    mentions.add(m);
                }
            }
            out.add(mentions);
        }
        return out;
    }

    /** Writes the model, gzip-compressed. */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                save(out);
            }
        } catch (IOException e) {
            throw new NerException(file + ": cannot write the model (" + e.getMessage() + ")", e);
        }
    }

    public void save(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(stream, 1 << 16));
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(codec.name());
        writeList(out, codec.labels());
        writeList(out, NerFeatures.TEMPLATES);
        out.writeInt(provenance.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(provenance).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        features.lexicon().write(out);
        weights.write(out);
        out.writeBoolean(second != null);
        if (second != null) {
            writeList(out, StackFeatures.TEMPLATES);
            out.writeInt(stack.window());
            second.write(out);
            out.writeInt(networks.size());
            if (!networks.isEmpty()) {
                writeList(out, WindowNetwork.TEMPLATES);
                networks.get(0).vectors().write(out);
                for (WindowNetwork network : networks) {
                    network.write(out);
                }
            }
        }
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    /** Loads a model file; {@code name} is used in error messages. */
    public static NerModel load(InputStream stream, String name) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new NerException(name + ": not a naba NER model; give a file written by naba train ner");
            }
            int format = in.readInt();
            if (format < 1 || format > FORMAT) {
                throw new NerException(name + ": format " + format + ", this build reads 1 to " + FORMAT
                        + "; run naba train ner");
            }
            LabelCodec codec;
            try {
                codec = LabelCodec.valueOf(in.readUTF());
            } catch (IllegalArgumentException e) {
                throw new NerException(name + ": unknown label codec; run naba train ner", e);
            }
            List<String> labels = readList(in);
            if (!labels.equals(codec.labels())) {
                throw new NerException(name + ": labels " + labels + " differ from " + codec + " " + codec.labels()
                        + "; run naba train ner");
            }
            List<String> templates = readList(in);
            if (!templates.equals(NerFeatures.TEMPLATES)) {
                throw new NerException(name + ": trained with feature templates " + templates
                        + ", this build computes " + NerFeatures.TEMPLATES + "; run naba train ner");
            }
            int n = in.readInt();
            if (n < 0 || n > 10_000) {
                throw new NerException(name + ": bad provenance size " + n + "; run naba train ner");
            }
            Map<String, String> provenance = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                provenance.put(in.readUTF(), in.readUTF());
            }
            if (!provenance.containsKey("sources") || !provenance.containsKey("seed")
                    || !provenance.containsKey("epochs")) {
                throw new NerException(name + ": provenance lacks sources, seed or epochs; run naba train ner");
            }
            NerLexicon lexicon = NerLexicon.read(in);
            SequenceModel weights = SequenceModel.read(in);
            SequenceModel second = null;
            List<WindowNetwork> networks = new ArrayList<>();
            int window = 0;
            if (format >= 2 && in.readBoolean()) {
                List<String> stackTemplates = readList(in);
                if (!stackTemplates.equals(StackFeatures.TEMPLATES)) {
                    throw new NerException(name + ": second stage trained with templates " + stackTemplates
                            + ", this build computes " + StackFeatures.TEMPLATES + "; run naba train ner");
                }
                window = in.readInt();
                if (window < 0 || window > 1000) {
                    throw new NerException(name + ": bad second-stage window " + window + "; run naba train ner");
                }
                second = SequenceModel.read(in);
                int count = format >= 5 ? in.readInt() : format >= 3 && in.readBoolean() ? 1 : 0;
                if (count < 0 || count > MAX_MEMBERS) {
                    throw new NerException(name + ": bad network count " + count + "; run naba train ner");
                }
                if (count > 0) {
                    List<String> networkTemplates = readList(in);
                    if (!networkTemplates.equals(WindowNetwork.TEMPLATES)) {
                        throw new NerException(name + ": second stage trained with network templates "
                                + networkTemplates + ", this build computes " + WindowNetwork.TEMPLATES
                                + "; run naba train ner");
                    }
                    WordVectors vectors = format >= 5 ? WordVectors.read(in, false) : null;
                    for (int k = 0; k < count; k++) {
                        networks.add(WindowNetwork.read(in, lexicon, vectors, format >= 4));
                    }
                }
            }
            return new NerModel(codec, weights, second, window, networks, lexicon, provenance);
        } catch (ModelFormatException e) {
            throw new NerException(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NerException(name + ": cannot read the model (" + e.getMessage() + "); run naba train ner", e);
        }
    }

    public static NerModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new naba.text.InputException(file + ": no such model file; give a file written by naba train ner");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new NerException(file + ": cannot read the model (" + e.getMessage() + ")", e);
        }
    }

    /** The committed model, loaded once per JVM. */
    public static NerModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final NerModel MODEL = loadResource();

        private static NerModel loadResource() {
            InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new NerException(RESOURCE + ": the NER model is not on the classpath; run naba train ner");
            }
            return load(in, RESOURCE);
        }
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("bad list size " + n);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
