package naba.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import naba.text.InputException;

/**
 * The SHA-256 of a corpus file, in lowercase hex, as models record it in their provenance: for ANERcorp's train file,
 * {@code Sha256.of(path)} gives the 64 hex digits that tell which «ANERCorp_CamelLab_train.txt» a model was made from.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** @throws InputException when the file cannot be read */
    public static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The SHA-256 of what {@code in} holds (read to its end, not closed). */
    public static String of(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
