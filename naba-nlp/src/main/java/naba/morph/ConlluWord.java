package naba.morph;

/**
 * One syntactic word line of a CoNLL-U file: «ل» {@code ADP} of the token «للحكومة».
 *
 * @param form  FORM column
 * @param lemma LEMMA column, or {@code null} when {@code _}
 * @param upos  UPOS column, or {@code null} when {@code _}
 * @param feats FEATS column, or {@code null} when {@code _}
 */
public record ConlluWord(String form, String lemma, String upos, String feats) {
}
