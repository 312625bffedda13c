package naba.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import naba.corpus.SharedFolder;

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
        return SharedFolder.find().map(shared -> shared.resolve(relative)).filter(Files::exists).orElse(null);
    }
}
