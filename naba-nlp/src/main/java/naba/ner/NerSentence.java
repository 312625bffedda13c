package naba.ner;

import java.util.List;

/**
 * One gold sentence of a NER corpus: tokens as written (clitics attached) and their IOB2 tags over the four types.
 * «وقال كيري» is {@code tokens=[وقال, كيري], tags=[O, B-PERS]}.
 *
 * @param tokens the tokens
 * @param tags   one IOB2 tag per token ({@code O}, {@code B-PERS}, {@code I-LOC}, ...)
 */
public record NerSentence(List<String> tokens, List<String> tags) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("ner sentence: " + tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    public int size() {
        return tokens.size();
    }

    /** The gold entity spans. */
    public List<TokenSpan> spans() {
        return LabelCodec.BIO.decode(tags.toArray(new String[0]));
    }
}
