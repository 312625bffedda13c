package naba.text;

/**
 * A sentence: from its first token's start to its last token's end.
 *
 * @param start     first UTF-16 offset
 * @param end       offset after the last code unit
 * @param paragraph index of the paragraph it lies in
 */
public record Sentence(int start, int end, int paragraph) implements Span {
    public Sentence {
        Span.check(start, end, "sentence");
    }
}
