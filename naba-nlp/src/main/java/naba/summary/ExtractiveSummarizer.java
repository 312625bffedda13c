package naba.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import naba.normalize.ArabicNormalizer;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Quotation;
import naba.text.QuoteKind;
import naba.text.Sentence;
import naba.text.Summary;
import naba.text.SummarySentence;
import naba.text.Token;
import naba.text.TokenType;
import naba.topic.LightStemmer;

/**
 * Picks the whole sentences that best cover a news article and adds them as {@link Layers#SUMMARY}. For an article
 * opening «افتتحت بلدية المدينة، الثلاثاء، جسرا جديدا فوق النهر ...» the summary starts with that sentence.
 *
 * <p>Each sentence is scored by its news position (the lead carries the story), its centrality (cosine of its light
 * stems with those of the whole article), its overlap with the headline when {@link naba.text.DocumentMeta#title()}
 * is known, and its share of named-entity mentions when {@link Layers#MENTIONS} is present. Direct quotations
 * (quotation marks, or {@link Layers#QUOTATIONS} when present),
 * fragments without closing punctuation (related-story links, captions) and very short lines score lower. Sentences
 * are then taken greedily, best first, skipping any that repeat a chosen one or would break the length limit, and
 * returned in text order. A sentence is never cut. Immutable and thread-safe.
 */
public final class ExtractiveSummarizer implements Annotator {
    /**
     * Weights of the sentence features, in the order {@link #score(Document)} computes them: news position,
     * centrality, headline overlap, mention share, quoted share, fragment, short. Tuned by random search on one
     * half (by text hash) of the BBC and CNN article/abstract pairs of ANT v2.1 and checked on the other half; the
     * mention weight is a prior, since that corpus is scored without an entity layer.
     */
    static final double[] WEIGHTS = {1.0, 1.2, 1.0, 0.1, -0.25, -0.3, -0.8};
    /** A sentence whose stems overlap a chosen one this much (cosine) adds nothing new. */
    static final double REDUNDANT = 0.6;
    /** Sentences with fewer words than this are datelines, captions or bylines more often than news. */
    static final int MIN_WORDS = 6;

    private static final char LEFT_GUILLEMET = '\u00AB';
    private static final char LEFT_DOUBLE_QUOTE = '\u201C';
    private static final char RIGHT_DOUBLE_QUOTE = '\u201D';

    /** Function words that make every sentence look alike; normalized once, so spelling variants match. */
    private static final Set<String> FUNCTION_WORDS = functionWords(
            "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "أو", "او", "ثم", "كما", "قد", "لم", "لن",
            "ما", "لا", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "هو", "هي", "هم", "بعد",
            "قبل", "حتى", "بين", "عند", "كل", "أي", "غير", "منذ", "خلال", "وقال", "قال", "وأضاف", "وفي", "ومن",
            "وعلى", "أنه", "إنه", "بأن", "فيه", "فيها", "عليه", "عليها", "لها", "له", "وقد", "وكان", "وهو", "وهي");

    private final SummaryOptions options;

    public ExtractiveSummarizer(SummaryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The summarizer with {@link SummaryOptions#DEFAULT}. */
    public static ExtractiveSummarizer standard() {
        return new ExtractiveSummarizer(SummaryOptions.DEFAULT);
    }

    public SummaryOptions options() {
        return options;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.SUMMARY);
    }

    @Override
    public String name() {
        return "ExtractiveSummarizer";
    }

    @Override
    public Document annotate(Document document) {
        return document.with(Layers.SUMMARY, summarize(document));
    }

    /** The summary of a document that has tokens and sentences, within this summarizer's length limits. */
    public Summary summarize(Document document) {
        Scored scored = score(document);
        return select(document.layer(Layers.SENTENCES), scored.terms(), scored.words(), scored.score(),
                scored.vocabulary());
    }

    /** Per sentence: feature rows, scores, term ids and word counts. */
    record Scored(double[][] features, double[] score, int[][] terms, int[] words, int vocabulary) {
    }

    Scored score(Document document) {
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        int n = sentences.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] terms = new int[n][];
        int[] words = new int[n];
        double[] quoted = new double[n];
        boolean[] closed = new boolean[n];
        for (int s = 0; s < n; s++) {
            Sentence sentence = sentences.get(s);
            int[] range = tokens.indexRange(sentence.start(), sentence.end());
            terms[s] = sentenceTerms(tokens, range[0], range[1], vocabulary);
            words[s] = countWords(tokens, range[0], range[1]);
            quoted[s] = Math.max(quotedShare(document.text(), sentence.start(), sentence.end()),
                    quotationShare(document, sentence));
            closed[s] = range[1] > range[0] && endsWithStop(tokens.get(range[1] - 1));
        }
        int v = vocabulary.size();
        double[] documentVector = new double[v];
        for (int[] t : terms) {
            for (int id : t) {
                documentVector[id]++;
            }
        }
        double[] titleVector = titleVector(document, vocabulary, v);
        double[] mentionShare = mentionShare(document, sentences, words);

        double[][] features = new double[n][];
        int rank = 0; // position among the sentences that read as news, so a dateline line does not push the lead down
        for (int s = 0; s < n; s++) {
            boolean news = words[s] >= MIN_WORDS && closed[s];
            features[s] = new double[] {
                1.0 / (1 + (news ? rank : rank + 2)),
                cosine(terms[s], documentVector, true),
                titleVector == null ? 0 : cosine(terms[s], titleVector, false),
                mentionShare[s],
                quoted[s],
                closed[s] ? 0 : 1,
                words[s] >= MIN_WORDS ? 0 : 1,
            };
            if (news) {
                rank++;
            }
        }
        double[] score = new double[n];
        for (int s = 0; s < n; s++) {
            for (int f = 0; f < WEIGHTS.length; f++) {
                score[s] += WEIGHTS[f] * features[s][f];
            }
        }
        return new Scored(features, score, terms, words, v);
    }

    private Summary select(Layer<Sentence> sentences, int[][] terms, int[] words, double[] score, int v) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(s -> -score[s]).thenComparingInt(s -> s));
        List<Integer> chosen = new ArrayList<>();
        int total = 0;
        for (int s : order) {
            if (options.sentences() > 0 && chosen.size() >= options.sentences()) {
                break;
            }
            if (words[s] == 0 || (options.words() > 0 && total + words[s] > options.words())) {
                continue; // never cut a sentence to fit: try a shorter one
            }
            if (isRedundant(terms[s], chosen, terms, v)) {
                continue;
            }
            chosen.add(s);
            total += words[s];
        }
        chosen.sort(null);
        List<SummarySentence> picked = new ArrayList<>(chosen.size());
        for (int s : chosen) {
            Sentence sentence = sentences.get(s);
            picked.add(new SummarySentence(sentence.start(), sentence.end(), s, score[s]));
        }
        return new Summary(picked, total);
    }

    private static boolean isRedundant(int[] candidate, List<Integer> chosen, int[][] terms, int v) {
        if (candidate.length == 0) {
            return false;
        }
        for (int c : chosen) {
            double[] vector = new double[v];
            for (int id : terms[c]) {
                vector[id]++;
            }
            if (cosine(candidate, vector, false) >= REDUNDANT) {
                return true;
            }
        }
        return false;
    }

    /** Term ids (one per content word, repeats kept) of tokens {@code [from, to)}. */
    private static int[] sentenceTerms(List<Token> tokens, int from, int to, Map<String, Integer> vocabulary) {
        int[] ids = new int[to - from];
        int k = 0;
        for (int t = from; t < to; t++) {
            String stem = contentStem(tokens.get(t));
            if (stem != null) {
                Integer id = vocabulary.get(stem);
                if (id == null) {
                    id = vocabulary.size();
                    vocabulary.put(stem, id);
                }
                ids[k++] = id;
            }
        }
        return Arrays.copyOf(ids, k);
    }

    /** The light stem of a content word, or null for punctuation, numbers and function words. */
    private static String contentStem(Token token) {
        String norm;
        if (token.type() == TokenType.ARABIC) {
            norm = token.norm();
        } else if (token.type() == TokenType.LATIN) {
            norm = token.norm().toLowerCase(Locale.ROOT);
        } else {
            return null;
        }
        if (norm.length() < 2 || FUNCTION_WORDS.contains(norm)) {
            return null;
        }
        return LightStemmer.INSTANCE.stem(norm);
    }

    /** Words as ROUGE and the length limit count them: every token but punctuation and symbols. */
    static int countWords(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int t = from; t < to; t++) {
            TokenType type = tokens.get(t).type();
            if (type != TokenType.PUNCT && type != TokenType.SYMBOL) {
                words++;
            }
        }
        return words;
    }

    private static boolean endsWithStop(Token last) {
        if (last.type() != TokenType.PUNCT) {
            return false;
        }
        char c = last.surface().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4' || c == '\u00BB'
                || c == '"' || c == RIGHT_DOUBLE_QUOTE || c == ')';
    }

    /** Share of the sentence's characters inside quotation marks: «...», “...” or "...". */
    private static double quotedShare(String text, int start, int end) {
        int inside = 0;
        boolean open = false;
        char closer = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!open && (c == LEFT_GUILLEMET || c == LEFT_DOUBLE_QUOTE || c == '"')) {
                open = true;
                closer = c == LEFT_GUILLEMET ? '\u00BB' : c == LEFT_DOUBLE_QUOTE ? RIGHT_DOUBLE_QUOTE : '"';
            } else if (open && c == closer) {
                open = false;
            } else if (open) {
                inside++;
            }
        }
        // Short quoted names («"أبل"») are not speech: count only quotations of several words.
        return inside < 20 ? 0 : (double) inside / Math.max(1, end - start);
    }

    /**
     * Share of the sentence covered by direct (or mixed) quotations of {@link Layers#QUOTATIONS}, when that layer is
     * present; reported speech («قال إن ...») is not penalized, since many leads are written that way.
     */
    private static double quotationShare(Document document, Sentence sentence) {
        if (!document.has(Layers.QUOTATIONS)) {
            return 0;
        }
        int covered = 0;
        for (Quotation q : document.layer(Layers.QUOTATIONS)) {
            if (q.kind() != QuoteKind.INDIRECT && q.overlaps(sentence)) {
                covered += Math.min(q.end(), sentence.end()) - Math.max(q.start(), sentence.start());
            }
        }
        return Math.min(1.0, (double) covered / Math.max(1, sentence.length()));
    }

    private static double[] titleVector(Document document, Map<String, Integer> vocabulary, int v) {
        String title = document.meta().title();
        if (title == null || title.isBlank()) {
            return null;
        }
        double[] vector = new double[v];
        boolean any = false;
        for (Token token : naba.tokenize.ArabicTokenizer.INSTANCE.tokenize(title)) {
            String stem = contentStem(token);
            Integer id = stem == null ? null : vocabulary.get(stem);
            if (id != null) {
                vector[id]++;
                any = true;
            }
        }
        return any ? vector : null;
    }

    /** Per sentence, named-entity mentions per word, scaled to [0, 1]; zeros when there is no mentions layer. */
    private static double[] mentionShare(Document document, Layer<Sentence> sentences, int[] words) {
        double[] share = new double[sentences.size()];
        if (!document.has(Layers.MENTIONS)) {
            return share;
        }
        Layer<Mention> mentions = document.layer(Layers.MENTIONS);
        double max = 0;
        for (int s = 0; s < share.length; s++) {
            int count = mentions.within(sentences.get(s)).size();
            share[s] = words[s] == 0 ? 0 : (double) count / words[s];
            max = Math.max(max, share[s]);
        }
        if (max > 0) {
            for (int s = 0; s < share.length; s++) {
                share[s] /= max;
            }
        }
        return share;
    }

    /**
     * Cosine between a sentence's term counts and {@code vector}; with {@code leaveOut} the sentence's own counts are
     * first taken out of the vector, so a sentence is not central merely by being long.
     */
    private static double cosine(int[] sentence, double[] vector, boolean leaveOut) {
        if (sentence.length == 0) {
            return 0;
        }
        int[] ids = sentence.clone();
        Arrays.sort(ids); // runs of equal ids give the sentence's term counts without boxing
        double dot = 0;
        double sentenceNorm = 0;
        double vectorNorm = 0;
        for (double x : vector) {
            vectorNorm += x * x;
        }
        for (int i = 0; i < ids.length; ) {
            int j = i;
            while (j < ids.length && ids[j] == ids[i]) {
                j++;
            }
            double own = j - i;
            double other = vector[ids[i]];
            if (leaveOut) {
                vectorNorm += (other - own) * (other - own) - other * other;
                other -= own;
            }
            dot += own * other;
            sentenceNorm += own * own;
            i = j;
        }
        if (dot <= 0 || vectorNorm <= 0) {
            return 0;
        }
        return dot / Math.sqrt(sentenceNorm * vectorNorm);
    }

    private static Set<String> functionWords(String... words) {
        java.util.HashSet<String> set = new java.util.HashSet<>();
        for (String w : words) {
            set.add(ArabicNormalizer.SEARCH.normalize(w));
        }
        return Set.copyOf(set);
    }
}
