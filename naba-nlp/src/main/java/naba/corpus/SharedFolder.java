package naba.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import naba.text.InputException;

/**
 * Finds the {@code shared} folder that holds the corpora ({@code shared/data/...}) and the seed article: the system
 * property {@code naba.shared}, else the environment variable {@code NABA_SHARED}, else a {@code shared} folder with
 * a {@code data} subfolder beside or inside the working directory or one of its parents. Run from
 * {@code /work/main/naba-nlp}, it finds {@code /work/shared}, where {@code data/anercorp} holds «ANERCorp».
 */
public final class SharedFolder {
    /** How many parents of the working directory are searched. */
    private static final int DEPTH = 6;

    private SharedFolder() {
    }

    /** The shared folder, if it can be found. */
    public static Optional<Path> find() {
        String configured = System.getProperty("naba.shared", System.getenv("NABA_SHARED"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < DEPTH && dir != null; i++, dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolveSibling("shared"), dir.resolve("shared")}) {
                if (Files.isDirectory(candidate.resolve("data"))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The shared folder, or an {@link InputException} saying how to point at it; {@code alternative} is the calling
     * command's own way round it, e.g. "pass --shared DIR".
     */
    public static Path require(String alternative) {
        return find().orElseThrow(() -> new InputException("cannot find the shared corpora (a 'shared/data' folder "
                + "beside the repository); set NABA_SHARED or " + alternative));
    }
}
