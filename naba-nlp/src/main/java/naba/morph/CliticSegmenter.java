package naba.morph;

import java.util.List;
import java.util.Map;
import naba.ml.FeatureSequence;
import naba.ml.ModelFormatException;
import naba.ml.SequenceModel;

/**
 * Chooses the {@link SegmentationPattern} of a token: the pattern seen most often for it in training («للحكومة» →
 * {@code ل||S:>ا}), or, for an unseen token, the best-scoring pattern of the classifier among those that fit its
 * letters. Immutable and thread-safe.
 */
final class CliticSegmenter {
    private final Map<String, Integer> lexicon;
    private final List<String> extraPatterns;
    private final SequenceModel classifier;
    private final SegmentationPattern[] patterns;
    private final int classifierLabels;
    private final int noneLabel;
    /** Per pattern, the first and last letters a token needs for it (0 when any will do): a cheap pre-check. */
    private final char[] firstLetter;
    private final char[] lastLetter;

    private final CorpusStatistics statistics;
    private final FormSpelling spelling;

    CliticSegmenter(Map<String, Integer> lexicon, List<String> extraPatterns, SequenceModel classifier,
            CorpusStatistics statistics, FormSpelling spelling) {
        this.statistics = statistics;
        this.spelling = spelling;
        this.lexicon = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(lexicon));
        this.extraPatterns = List.copyOf(extraPatterns);
        this.classifier = classifier;
        this.classifierLabels = classifier.labels().size();
        this.patterns = new SegmentationPattern[classifierLabels + extraPatterns.size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = SegmentationPattern.decode(i < classifierLabels ? classifier.labels().name(i)
                    : extraPatterns.get(i - classifierLabels));
        }
        this.firstLetter = new char[patterns.length];
        this.lastLetter = new char[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            SegmentationPattern p = patterns[i];
            if (!p.proclitics().isEmpty() && !p.proclitics().get(0).isEmpty()) {
                firstLetter[i] = p.proclitics().get(0).charAt(0);
            }
            if (!p.enclitics().isEmpty()) {
                String e = p.enclitics().get(p.enclitics().size() - 1);
                lastLetter[i] = e.isEmpty() ? 0 : e.charAt(e.length() - 1);
            }
        }
        this.noneLabel = classifier.labels().id(SegmentationPattern.NONE.encode());
        if (noneLabel < 0) {
            throw new ModelFormatException("morph model: the segmenter has no '" + SegmentationPattern.NONE.encode()
                    + "' label; retrain with naba train morph");
        }
        for (int id : lexicon.values()) {
            if (id < 0 || id >= patterns.length) {
                throw new ModelFormatException("morph model: lexicon pattern id " + id + " out of range");
            }
        }
    }

    Map<String, Integer> lexicon() {
        return lexicon;
    }

    List<String> extraPatterns() {
        return extraPatterns;
    }

    SequenceModel classifier() {
        return classifier;
    }

    int labelCount() {
        return classifierLabels;
    }

    FormSpelling spelling() {
        return spelling;
    }

    /**
     * The words of token {@code i}: the lexicon's split for a seen token; for an unseen one, the classifier's
     * pattern with the stem respelled by {@link FormSpelling}.
     */
    List<SegmentationPattern.SegmentedWord> segment(String[] tokens, int i, FeatureSequence fs, float[] scratch) {
        SegmentationPattern p = pattern(tokens, i, fs, scratch);
        List<SegmentationPattern.SegmentedWord> words = p.apply(tokens[i]);
        if (!p.isNone() && spelling != null && !lexicon.containsKey(tokens[i])) {
            int stem = p.proclitics().size();
            SegmentationPattern.SegmentedWord w = words.get(stem);
            String respelled = spelling.restore(w.form(), !p.enclitics().isEmpty());
            if (!respelled.equals(w.form())) {
                words = new java.util.ArrayList<>(words);
                words.set(stem, new SegmentationPattern.SegmentedWord(respelled, w.start(), w.end()));
            }
        }
        return words;
    }

    /** The pattern of token {@code i} of a sentence; {@code scratch} holds at least {@link #labelCount()} floats. */
    SegmentationPattern pattern(String[] tokens, int i, FeatureSequence fs, float[] scratch) {
        Integer known = lexicon.get(tokens[i]);
        if (known != null) {
            return patterns[known];
        }
        // Score only the patterns that fit the token's letters (usually a handful of the ~200).
        int[] candidates = new int[classifierLabels];
        int count = 0;
        String token = tokens[i];
        char first = token.charAt(0);
        char last = token.charAt(token.length() - 1);
        for (int y = 0; y < classifierLabels; y++) {
            if (y == noneLabel || ((firstLetter[y] == 0 || firstLetter[y] == first)
                    && (lastLetter[y] == 0 || lastLetter[y] == last) && patterns[y].appliesTo(token))) {
                candidates[count++] = y;
            }
        }
        if (count == 1) {
            return patterns[noneLabel];
        }
        fs.clear();
        MorphFeatures.segmentation(tokens, i, statistics, fs);
        classifier.scores(fs, 0, candidates, count, scratch);
        int best = noneLabel;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            if (scratch[k] > bestScore || (scratch[k] == bestScore && candidates[k] < best)) {
                best = candidates[k];
                bestScore = scratch[k];
            }
        }
        return patterns[best];
    }
}
