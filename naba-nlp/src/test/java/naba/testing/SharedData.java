package naba.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (the corpora and the seed article) from a test's working directory. A test that needs
 * it is skipped when it is missing, except under {@code CI=true}, where a missing corpus is a failure.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The path of {@code shared/<relative>}, or a skip (failure under CI) when absent. */
    public static Path require(String relative) {
        Path found = find(relative);
        if (found == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but ../shared/" + relative + " is missing");
            }
            assumeTrue(false, "../shared/" + relative + " not found; skipping");
        }
        return found;
    }

    private static Path find(String relative) {
        String configured = System.getenv("NABA_SHARED");
        if (configured != null && Files.exists(Path.of(configured, relative))) {
            return Path.of(configured, relative);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
