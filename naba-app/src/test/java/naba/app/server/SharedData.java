package naba.app.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import naba.corpus.SharedFolder;

/** Files under {@code ../shared}: skipped when absent, a failure under {@code CI=true}. */
final class SharedData {
    private SharedData() {
    }

    static Path root() {
        return SharedFolder.find().orElse(Path.of("..", "..", "shared"));
    }

    static Path require(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + file + " is missing");
        }
        assumeTrue(Files.isRegularFile(file), file + " is missing; skipping");
        return file;
    }

    static Path seed() {
        return require("seed/000_ca0cb7257febc4c2.txt");
    }
}
