package naba.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's original text.
 * For the text «قال كيري», the token «كيري» is the span {@code [4, 8)}.
 */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    /** True when {@code other} lies entirely inside this span. */
    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    /** True when the two spans share at least one character. */
    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    /** Checks the span is well formed for a text of the given length; throws otherwise. */
    static void check(int start, int end, String what) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + ": bad span [" + start + ", " + end + ")");
        }
    }
}
