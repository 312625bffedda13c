package naba.search.analysis;

import java.io.IOException;
import naba.normalize.ArabicNormalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies naba's {@link ArabicNormalizer#SEARCH} normalization to each term and lower-cases Latin letters:
 * «الأميركيّة» becomes «الاميركيه», «١٥» becomes «15», «BBC» becomes «bbc». A term that normalizes to nothing
 * (a lone diacritic or tatweel) is dropped and its position increment carried to the next term.
 */
public final class NabaNormalizationFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArabicNormalizer normalizer = ArabicNormalizer.SEARCH;
    private final boolean dropEmpty;
    private char[] scratch = new char[64];

    public NabaNormalizationFilter(TokenStream input) {
        this(input, true);
    }

    /**
     * With {@code dropEmpty} false every input term gives one output term, even an empty one, as
     * {@link org.apache.lucene.analysis.Analyzer#normalize(String, String)} requires.
     */
    public NabaNormalizationFilter(TokenStream input, boolean dropEmpty) {
        super(input);
        this.dropEmpty = dropEmpty;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skippedPositions = 0;
        while (input.incrementToken()) {
            int length = termAtt.length();
            int needed = length * ArabicNormalizer.maxExpansion();
            if (scratch.length < needed) {
                scratch = new char[needed];
            }
            int normalized = normalizer.normalize(termAtt.buffer(), length, scratch);
            if (normalized == 0 && dropEmpty) {
                skippedPositions += posIncAtt.getPositionIncrement();
                continue;
            }
            // Normalization only shrinks or keeps Arabic; ligature expansion is the one case that grows the term.
            char[] buffer = termAtt.resizeBuffer(normalized);
            for (int i = 0; i < normalized; i++) {
                char c = scratch[i];
                buffer[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            }
            termAtt.setLength(normalized);
            if (skippedPositions > 0) {
                posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
            }
            return true;
        }
        return false;
    }
}
