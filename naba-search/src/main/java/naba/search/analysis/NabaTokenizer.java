package naba.search.analysis;

import java.io.IOException;
import java.util.List;
import naba.text.Token;
import naba.text.TokenType;
import naba.tokenize.ArabicTokenizer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} over naba's {@link ArabicTokenizer}: the same tokens the analysis pipeline sees, so
 * «وبالمدرسة» is one term with its clitics attached and «آذار/مارس» gives «آذار» and «مارس». Punctuation and symbols
 * are dropped; terms keep their original surface (normalization is {@link NabaNormalizationFilter}'s job) and their
 * offsets, corrected through any char filter. The type attribute is the naba {@link TokenType} name.
 *
 * <p>It reads the whole field value before emitting the first term, because naba's tokenizer needs the context of
 * neighbouring characters (URLs, numbers with separators, abbreviations such as «أ.ف.ب»).
 */
public final class NabaTokenizer extends Tokenizer {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);


    private final FieldText field = new FieldText();
    private String text = "";
    private List<Token> tokens = List.of();
    private int next;
    private int finalOffset;

    public NabaTokenizer() {
    }

    public NabaTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            if (token.type() == TokenType.PUNCT || token.type() == TokenType.SYMBOL) {
                continue;
            }
            int length = token.end() - token.start();
            text.getChars(token.start(), token.end(), termAtt.resizeBuffer(length), 0);
            termAtt.setLength(length);
            offsetAtt.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            posIncAtt.setPositionIncrement(1);
            typeAtt.setType(token.type().name());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = field.readAll(input);
        tokens = ArabicTokenizer.INSTANCE.tokenize(text);
        next = 0;
        finalOffset = correctOffset(text.length());
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
        text = "";
        field.release();
    }
}
