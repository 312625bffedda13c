package naba.text;

/**
 * How the value of a {@link TimeExpression} relates to the publication date ({@link DocumentMeta#date()}).
 * «30 حزيران 2012» is {@link #ABSOLUTE}; «أمس» is {@link #RESOLVED} when the document has a date and
 * {@link #UNRESOLVED} when it has none.
 */
public enum TimeAnchor {
    /** The text alone fixes the value. */
    ABSOLUTE,
    /** The value was computed from the publication date. */
    RESOLVED,
    /** The value needs a publication date the document does not have; it is written relative to {@code REF}. */
    UNRESOLVED
}
