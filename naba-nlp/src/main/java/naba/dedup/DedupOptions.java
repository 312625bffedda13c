package naba.dedup;

import naba.text.InputException;

/**
 * Settings of near-duplicate detection. Two articles are near-duplicates when the estimated Jaccard similarity of
 * their sets of {@code shingle}-word shingles (over search-normalized words, so «الأميركية» and «الاميركية» agree)
 * is at least {@code threshold}. A reprint of «كيري يبحث مع لافروف الوضع في سوريا» with one sentence changed stays
 * above the default 0.5.
 *
 * @param threshold minimum estimated Jaccard similarity in (0, 1]
 * @param shingle   words per shingle (1 to 8)
 * @param hashes    MinHash signature length; must equal {@code bands * rows}
 * @param bands     LSH bands: two articles become candidates when one band of their signatures is identical
 * @param rows      signature values per band
 * @param seed      seed of the hash family, so signatures are reproducible across runs and machines
 */
public record DedupOptions(double threshold, int shingle, int hashes, int bands, int rows, long seed)
        implements java.io.Serializable {
    /** Near-duplicates at Jaccard 0.5 over 3-word shingles, 128 hashes in 32 bands of 4. */
    public static final DedupOptions DEFAULT = new DedupOptions(0.5, 3, 128, 32, 4, 0x6E616261L);

    public DedupOptions {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InputException("dedup threshold " + threshold + " is outside (0, 1]; use e.g. 0.5");
        }
        if (shingle < 1 || shingle > 8) {
            throw new InputException("dedup shingle size " + shingle + " is outside 1..8; use 3");
        }
        if (bands < 1 || rows < 1 || hashes != bands * rows) {
            throw new InputException("dedup hashes " + hashes + " must equal bands " + bands + " x rows " + rows);
        }
    }

    /** The same options with another threshold. */
    public DedupOptions withThreshold(double newThreshold) {
        return new DedupOptions(newThreshold, shingle, hashes, bands, rows, seed);
    }
}
