package naba.text;

/**
 * Root of every exception naba's library throws. Messages say what failed, where, and how to fix it,
 * e.g. {@code "ner.bin: format 3, this build reads up to 2; run naba train ner"}.
 */
public class NabaException extends RuntimeException {
    public NabaException(String message) {
        super(message);
    }

    public NabaException(String message, Throwable cause) {
        super(message, cause);
    }
}
