package naba.text;

/**
 * One sentence picked for a document's summary: the whole span of a {@link Sentence}, never a part of one. In
 * «افتتحت البلدية جسرا جديدا. وكان الجسر القديم مغلقا.» the first sentence is {@code [0, 26)}.
 *
 * @param start    first UTF-16 offset (the sentence's start)
 * @param end      offset after the last code unit (the sentence's end)
 * @param sentence index of the sentence in {@link Layers#SENTENCES}
 * @param score    the summarizer's score for the sentence; higher is more central
 */
public record SummarySentence(int start, int end, int sentence, double score) implements Span {
    public SummarySentence {
        Span.check(start, end, "summary sentence");
        if (sentence < 0) {
            throw new IllegalArgumentException("summary sentence index " + sentence + " < 0");
        }
    }
}
