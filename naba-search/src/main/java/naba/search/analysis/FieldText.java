package naba.search.analysis;

import java.io.IOException;
import java.io.Reader;

/** Reads a field's whole text: naba's tokenizers need the full text (sentences, morphology) before the first term. */
final class FieldText {
    /** A buffer grown past this by one huge field is let go on close, not kept for the tokenizer's lifetime. */
    private static final int MAX_RETAINED_CHARS = 1 << 16;

    private final StringBuilder text = new StringBuilder(4096);
    private final char[] buffer = new char[4096];

    /** Replaces the held text with everything {@code input} gives; returns it. */
    String readAll(Reader input) throws IOException {
        text.setLength(0);
        int read;
        while ((read = input.read(buffer)) > 0) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    /** Empties the buffer, giving back its memory when a huge field grew it. */
    void release() {
        text.setLength(0);
        if (text.capacity() > MAX_RETAINED_CHARS) {
            text.trimToSize();
        }
    }
}
