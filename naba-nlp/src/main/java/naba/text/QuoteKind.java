package naba.text;

/** How a {@link Quotation} reports speech. */
public enum QuoteKind {
    /** Words in quotation marks: واضاف بوتين «نقدم الى سوريا ...». */
    DIRECT,
    /** Reported content after a cue and a complementizer: وأكد كيري أنه ... */
    INDIRECT,
    /** Reported content that quotes some words: قالت ان وزيري الخارجية بحثا في "الجوانب المختلفة ..." */
    MIXED
}
