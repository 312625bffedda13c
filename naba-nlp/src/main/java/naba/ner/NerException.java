package naba.ner;

import naba.text.NabaException;

/** A NER model or table cannot be loaded or used: «ner.bin: format 3, this build reads up to 2; run naba train ner». */
public final class NerException extends NabaException {
    public NerException(String message) {
        super(message);
    }

    public NerException(String message, Throwable cause) {
        super(message, cause);
    }
}
