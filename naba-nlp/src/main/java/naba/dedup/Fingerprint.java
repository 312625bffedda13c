package naba.dedup;

/**
 * What near-duplicate detection keeps of one article: its id, a hash of its exact (trimmed) text, and its MinHash
 * signature. Two reprints of «وصل كيري إلى موسكو» with identical text share {@code exactHash}; light rewrites
 * share most signature values.
 *
 * @param id        the article id
 * @param exactHash 64-bit hash of the text with surrounding white space removed
 * @param signature MinHash values, one per hash function (not copied: treat as read-only)
 * @param shingles  number of distinct shingles the signature summarizes (0 for a text without words)
 */
public record Fingerprint(String id, long exactHash, int[] signature, int shingles) {
    /** Estimated Jaccard similarity: the fraction of signature positions that agree. */
    public double similarity(Fingerprint other) {
        return MinHasher.similarity(signature, other.signature);
    }

    /** True when the text had at least one shingle; empty articles are never anyone's near-duplicate. */
    public boolean hasContent() {
        return shingles > 0;
    }
}
