package naba.app.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import naba.text.InputException;

/**
 * Decodes UTF-8 bytes strictly, naming the byte offset of the first invalid sequence, or leniently, replacing it
 * with U+FFFD. «مرحبا» as UTF-8 decodes to itself; a lone 0xD8 byte fails with its offset.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * Decodes {@code bytes[offset, offset + length)}. {@code where} names the input for messages and
     * {@code baseOffset} is added to reported byte offsets (the line's position in its file).
     */
    public static String decode(byte[] bytes, int offset, int length, boolean lenient, String where, long baseOffset) {
        CodingErrorAction action = lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(action).onUnmappableCharacter(action);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long at = baseOffset + (in.position() - offset);
            throw new InputException(where + ": invalid UTF-8 at byte " + at
                    + "; convert the file to UTF-8 or pass --lenient to replace bad bytes");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InputException(where + ": invalid UTF-8 at end of input; pass --lenient to replace bad bytes");
        }
        out.flip();
        String text = out.toString();
        // A byte order mark is an encoding artifact, not text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** True when the bytes look binary: a NUL byte in the first 8 KB. */
    public static boolean looksBinary(byte[] bytes, int length) {
        int limit = Math.min(length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

}
