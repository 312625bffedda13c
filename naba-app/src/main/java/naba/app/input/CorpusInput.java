package naba.app.input;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input options of the corpus commands ({@code naba dedup}, {@code naba stories}), as a picocli mixin:
 * {@code FILE...} (JSON Lines by default, standard input when none), {@code --input jsonl|text}, {@code --lenient}.
 */
public final class CorpusInput {
    @Parameters(paramLabel = "FILE", description = "JSON Lines corpora (plain or gzip), or text files with --input text.")
    List<String> files = List.of();

    @Option(names = "--input", paramLabel = "jsonl|text", description = "Input layout (default: ${DEFAULT-VALUE}).")
    ArticleReader.Format input = ArticleReader.Format.JSONL;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 with U+FFFD instead of skipping the record.")
    boolean lenient;

    /** Reads every article of every input in order; skipped records are reported on standard error. */
    public void read(ArticleReader.Sink sink) throws IOException {
        ArticleReader reader = new ArticleReader(input, lenient, s -> System.err.println("naba: skipped " + s));
        for (String file : files.isEmpty() ? List.of("-") : files) {
            reader.read(file, System.in, sink);
        }
    }
}
