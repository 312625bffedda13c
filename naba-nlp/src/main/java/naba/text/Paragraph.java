package naba.text;

/**
 * A paragraph: a run of text between line breaks, trimmed of surrounding white space.
 *
 * @param start first UTF-16 offset
 * @param end   offset after the last code unit
 */
public record Paragraph(int start, int end) implements Span {
    public Paragraph {
        Span.check(start, end, "paragraph");
    }
}
