package naba.search.analysis;

import java.io.IOException;
import naba.text.TokenType;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each normalized Arabic term by its {@link CliticStemmer} readings, all at the term's position:
 * «والفلسطينيين» gives «فلسطين»; «وزير» gives «وزير» and «زير» (stacked, position increment 0), so the query
 * «الوزير» still matches. Terms marked as keywords and non-Arabic terms pass unchanged. Place it after
 * {@link NabaNormalizationFilter}.
 */
public final class CliticStemFilter extends TokenFilter {
    private static final String ARABIC = TokenType.ARABIC.name();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final CliticStemmer stemmer = new CliticStemmer();
    private final int[] readings = new int[2 * CliticStemmer.MAX_READINGS];
    private char[] word = new char[32];
    private int readingCount;
    private int nextReading;
    private AttributeSource.State state;

    public CliticStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextReading < readingCount) {
            int start = readings[2 * nextReading];
            int end = readings[2 * nextReading + 1];
            nextReading++;
            if (isDuplicate(start, end, nextReading - 1)) {
                continue;
            }
            restoreState(state);
            termAtt.copyBuffer(word, start, end - start);
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        readingCount = 0;
        nextReading = 0;
        if (keywordAtt.isKeyword() || !ARABIC.equals(typeAtt.type())) {
            return true;
        }
        int length = termAtt.length();
        char[] buffer = termAtt.buffer();
        readingCount = stemmer.stem(buffer, length, readings);
        if (readingCount > 1) {
            if (word.length < length) {
                word = new char[Math.max(length, 2 * word.length)];
            }
            System.arraycopy(buffer, 0, word, 0, length);
            state = captureState();
        }
        int start = readings[0];
        int end = readings[1];
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
        }
        termAtt.setLength(end - start);
        nextReading = 1;
        if (readingCount == 1) {
            readingCount = 0;
            nextReading = 0;
        }
        return true;
    }

    /** Two readings of different ranges can spell the same term; index it once. */
    private boolean isDuplicate(int start, int end, int index) {
        for (int i = 0; i < index; i++) {
            int s = readings[2 * i];
            int e = readings[2 * i + 1];
            if (e - s == end - start && java.util.Arrays.equals(word, s, e, word, start, end)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readingCount = 0;
        nextReading = 0;
        state = null;
    }
}
