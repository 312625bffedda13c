package naba.text;

/**
 * One syntactic word inside a token, after clitic segmentation. «للحكومة» gives two words: {@code ل} and
 * {@code الحكومة} (PADT restores the article the spelling dropped), both with {@code token} pointing at «للحكومة».
 *
 * @param token index of the token in {@link Layers#TOKENS}
 * @param start first UTF-16 offset of the characters this word covers inside its token
 * @param end   offset after them; a word always covers at least one character of its token
 * @param form  the word as PADT writes it (may differ from the covered characters: «أن» for «ان»)
 * @param upos  universal part of speech, PADT's tag set ({@code NOUN}, {@code ADP}, {@code X} for most names)
 * @param lemma the lemma, vocalized as the training data is («حُكُومَة»)
 * @param feats UD features ({@code Case=Gen|Definite=Def}) or {@code null}
 */
public record Word(int token, int start, int end, String form, String upos, String lemma, String feats)
        implements Span {
    public Word {
        Span.check(start, end, "word");
    }
}
