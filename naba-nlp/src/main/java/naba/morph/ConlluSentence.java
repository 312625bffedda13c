package naba.morph;

import java.util.List;

/**
 * One CoNLL-U sentence: its {@code # sent_id}, its {@code # text} and its tokens, e.g. text «قال كيري» with two
 * tokens.
 *
 * @param id     the {@code # sent_id} value, or {@code null}
 * @param text   the {@code # text} value, or {@code null} when absent
 * @param tokens the tokens in order
 */
public record ConlluSentence(String id, String text, List<ConlluToken> tokens) {
    public ConlluSentence {
        tokens = List.copyOf(tokens);
    }

    /** Number of syntactic words. */
    public int wordCount() {
        int n = 0;
        for (ConlluToken t : tokens) {
            n += t.words().size();
        }
        return n;
    }
}
