package naba.morph;

/**
 * Lemma accuracy over gold words: «الحكومات» with gold «حُكُومَة» counts as plain-correct for «حكومة» and
 * exact-correct only for «حُكُومَة».
 *
 * @param words        words scored
 * @param plainCorrect lemmas equal after removing diacritics
 * @param exactCorrect lemmas equal as written
 */
public record LemmaScore(int words, int plainCorrect, int exactCorrect) {
    /** Percentage of plain-correct lemmas. */
    public double plainAccuracy() {
        return words == 0 ? 0 : 100.0 * plainCorrect / words;
    }

    /** Percentage of exactly correct (vocalized) lemmas. */
    public double exactAccuracy() {
        return words == 0 ? 0 : 100.0 * exactCorrect / words;
    }
}
