package naba.ml;

import naba.text.NabaException;

/** A model file is unreadable, truncated, of another format version or of another kind than expected. */
public final class ModelFormatException extends NabaException {
    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
