package naba.text;

/**
 * Input the caller gave cannot be read: a missing file, a directory, a binary file, invalid UTF-8, a malformed line.
 * The command line turns it into exit code 2. Example message:
 * {@code "article.txt: invalid UTF-8 at byte 1234; fix the file or pass --lenient"}.
 */
public class InputException extends NabaException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
