package naba.dedup;

/** How the members of a {@link DuplicateGroup} relate: identical text, or near-identical («أكد» for «قال»). */
public enum DuplicateKind {
    /** The same text once surrounding white space is removed. */
    EXACT,
    /** Estimated Jaccard similarity of word shingles at or above the threshold, possibly through other members. */
    NEAR
}
