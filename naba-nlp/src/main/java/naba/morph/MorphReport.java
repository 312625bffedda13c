package naba.morph;

/**
 * Scores of predicted morphology against gold CoNLL-U, CoNLL 2018 style: for PADT dev, e.g. Words F1 98.4 and UPOS
 * F1 95.6. Lemma scores are {@code null} when the gold file has no lemmas.
 *
 * @param tokens     tokens whose character span matches
 * @param words      aligned words
 * @param upos       aligned words with the gold UPOS
 * @param lemma      aligned words with the gold lemma as written (vocalized), or null
 * @param lemmaPlain aligned words with the gold lemma after removing diacritics, or null
 */
public record MorphReport(MorphScore tokens, MorphScore words, MorphScore upos, MorphScore lemma,
        MorphScore lemmaPlain) {
}
