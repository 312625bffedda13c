package naba.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (or {@code NABA_SHARED}) from the working directory. Tests skip when it is missing and
 * fail when {@code CI=true}.
 */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        Path found = find(relative);
        if (found == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("shared data " + relative + " is missing; CI must have ../shared beside the repository");
            }
            assumeTrue(false, "shared data " + relative + " not found; skipping");
        }
        return found;
    }

    private static Path find(String relative) {
        String env = System.getProperty("naba.shared", System.getenv("NABA_SHARED"));
        if (env != null && Files.exists(Path.of(env).resolve(relative))) {
            return Path.of(env).resolve(relative);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (dir.getParent() != null && Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
