package naba.morph;

/**
 * The words of one sentence's tokens: «وقال كيري» (tokens «وقال», «كيري») gives three words: {@code و} CCONJ
 * {@code وَ}, {@code قال} VERB {@code قَال}, {@code كيري} X {@code كيري}. Arrays are indexed by word; offsets are
 * relative to the start of the word's token.
 *
 * @param firstWord index of the first word of each token, plus one final entry equal to the word count
 * @param forms     PADT forms
 * @param starts    first character of each word inside its token
 * @param ends      character after each word inside its token
 * @param upos      UPOS tags
 * @param lemmas    lemmas
 */
public record MorphAnalysis(int[] firstWord, String[] forms, int[] starts, int[] ends, String[] upos,
        String[] lemmas) {
    /** Number of words. */
    public int size() {
        return forms.length;
    }
}
