package naba.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by {@code index}, {@code search} and {@code serve}. */
final class ArchiveOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Archive directory (default: ~/.naba/archive, or $NABA_DATA).")
    Path data;

    Path directory() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("NABA_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".naba", "archive");
    }
}
