package naba.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import naba.app.input.ArticleReader;
import naba.app.json.AnalyzeJson;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba analyze [FILE...]}: analyzes articles and prints every layer. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze Arabic articles: UTF-8 text files (one document each), or JSON Lines with --input jsonl.",
            "Reads standard input when no FILE is given (or FILE is -)."})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Output layouts. */
    enum OutputFormat { json, text, conllu }

    @Parameters(paramLabel = "FILE", description = "Input files; - or none for standard input.")
    List<String> files = List.of();

    @Option(names = "--input", paramLabel = "text|jsonl", description = "Input layout (default: ${DEFAULT-VALUE}).")
    ArticleReader.Format input = ArticleReader.Format.TEXT;

    @Option(names = "--format", paramLabel = "json|text|conllu",
            description = "Output: JSON Lines (default), a readable per-sentence view, or CoNLL-U.")
    OutputFormat format = OutputFormat.json;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 with U+FFFD instead of failing.")
    boolean lenient;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = NabaPipeline.standard();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        PrintStream err = System.err;
        int[] skipped = {0};
        ArticleReader reader = new ArticleReader(input, lenient, s -> {
            skipped[0]++;
            err.println("naba: skipped " + s);
        });
        DocumentPrinter printer = switch (format) {
            case json -> new AnalyzeJson()::write;
            case text -> new TextView()::write;
            case conllu -> new ConlluWriter()::write;
        };
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        try {
            for (String file : inputs) {
                reader.read(file, System.in, document -> {
                    Document analyzed = pipeline.annotate(document);
                    printer.print(analyzed, out);
                    out.flush();
                });
            }
        } finally {
            out.flush();
        }
        if (skipped[0] > 0) {
            err.println("naba: " + skipped[0] + " record(s) skipped");
        }
        return CliErrors.OK;
    }

    /** Writes one analyzed document. */
    @FunctionalInterface
    interface DocumentPrinter {
        void print(Document document, OutputStream out) throws IOException;
    }
}
