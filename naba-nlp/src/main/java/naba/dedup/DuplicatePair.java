package naba.dedup;

/**
 * Two articles whose estimated similarity reached the threshold, e.g. a Saudi Press Agency story about
 * «خادم الحرمين الشريفين» and its reprint in a daily with a different first line.
 *
 * @param first      the id read first
 * @param second     the id read later
 * @param similarity estimated Jaccard similarity of their word shingles
 */
public record DuplicatePair(String first, String second, double similarity) {
}
