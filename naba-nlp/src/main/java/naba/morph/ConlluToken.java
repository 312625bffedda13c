package naba.morph;

import java.util.List;

/**
 * One surface token of a CoNLL-U sentence with its syntactic words: «للحكومة» with {@code ل} and {@code الحكومة};
 * a token that does not split has one word whose form is the surface.
 *
 * @param surface the token as written (range line FORM, or the word FORM)
 * @param words   its words, at least one
 */
public record ConlluToken(String surface, List<ConlluWord> words) {
    public ConlluToken {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("token '" + surface + "' has no words");
        }
    }

    /** True for a multiword token (a range line in CoNLL-U). */
    public boolean isMultiword() {
        return words.size() > 1;
    }
}
