package naba.topic;

import naba.text.NabaException;

/**
 * A topic model file cannot be used: wrong format version, other feature templates, corrupt weights. Example:
 * {@code "topics.bin: format 3, this build reads 1; run naba train topics"}.
 */
public final class TopicModelException extends NabaException {
    public TopicModelException(String message) {
        super(message);
    }

    public TopicModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
