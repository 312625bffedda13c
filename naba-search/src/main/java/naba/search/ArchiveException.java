package naba.search;

import naba.text.NabaException;

/**
 * The archive cannot do what was asked: an index written by a newer naba, a locked directory, an unknown entity id.
 * Example: {@code "/home/u/.naba/archive: locked by another naba process; stop it or pass --data DIR"}.
 */
public class ArchiveException extends NabaException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
