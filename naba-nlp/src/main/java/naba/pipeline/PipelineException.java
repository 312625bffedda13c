package naba.pipeline;

import naba.text.NabaException;

/** A pipeline was assembled in an order that cannot work. */
public final class PipelineException extends NabaException {
    public PipelineException(String message) {
        super(message);
    }
}
