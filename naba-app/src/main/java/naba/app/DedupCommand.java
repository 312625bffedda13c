package naba.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.app.input.CorpusInput;
import naba.dedup.DedupOptions;
import naba.dedup.DedupResult;
import naba.dedup.DuplicateFinder;
import naba.dedup.DuplicateGroup;
import naba.dedup.DuplicatePair;
import naba.dedup.Fingerprint;
import naba.dedup.MinHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code naba dedup FILE...}: prints the exact and near-duplicate groups of a corpus. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Find exact and near-duplicate articles (MinHash over 3-word shingles, LSH buckets).",
            "Prints one group per line: group id, kind, size, lowest similarity, member ids."})
public final class DedupCommand implements Callable<Integer> {
    /** Output layouts. */
    enum OutputFormat { text, json }

    @Mixin
    CorpusInput corpus = new CorpusInput();

    @Option(names = "--threshold", paramLabel = "J",
            description = "Lowest estimated Jaccard similarity of near-duplicates (default: ${DEFAULT-VALUE}).")
    double threshold = DedupOptions.DEFAULT.threshold();

    @Option(names = "--pairs", description = "Also print every linked pair with its similarity.")
    boolean pairs;

    @Option(names = "--format", paramLabel = "text|json", description = "Output layout (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws IOException {
        DedupOptions options = DedupOptions.DEFAULT.withThreshold(threshold);
        MinHasher hasher = new MinHasher(options);
        PrintStream err = System.err;
        List<Fingerprint> prints = new ArrayList<>();
        corpus.read(d -> prints.add(hasher.fingerprint(d.id(), d.text())));
        DedupResult result = new DuplicateFinder(hasher).find(prints);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        if (format == OutputFormat.json) {
            writeJson(result, out);
        } else {
            writeText(result, out);
        }
        out.flush();
        err.printf(Locale.ROOT, "naba: %d articles, %d exact-duplicate groups (%d copies), %d near-duplicate groups%n",
                prints.size(), result.exact().size(), result.exact().stream().mapToInt(g -> g.size() - 1).sum(),
                result.near().size());
        return CliErrors.OK;
    }

    private void writeText(DedupResult result, OutputStream out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (List<DuplicateGroup> groups : List.of(result.exact(), result.near())) {
            for (DuplicateGroup g : groups) {
                line.setLength(0);
                line.append(groupId(g)).append('\t').append(g.kind()).append('\t').append(g.size()).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", g.minSimilarity())).append('\t')
                        .append(String.join(" ", g.members())).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (pairs) {
            for (DuplicatePair p : result.pairs()) {
                out.write(String.format(Locale.ROOT, "pair\t%s\t%s\t%.3f%n", p.first(), p.second(), p.similarity())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void writeJson(DedupResult result, OutputStream out) throws IOException {
        JsonFactory factory = new JsonFactory();
        for (List<DuplicateGroup> groups : List.of(result.exact(), result.near())) {
            for (DuplicateGroup g : groups) {
                try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
                    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    json.writeStartObject();
                    json.writeStringField("group", groupId(g));
                    json.writeStringField("kind", g.kind().name());
                    json.writeStringField("representative", g.representative());
                    json.writeNumberField("size", g.size());
                    json.writeNumberField("min_similarity", g.minSimilarity());
                    json.writeArrayFieldStart("members");
                    for (String id : g.members()) {
                        json.writeString(id);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                out.write('\n');
            }
        }
        if (pairs) {
            for (DuplicatePair p : result.pairs()) {
                out.write(String.format(Locale.ROOT, "{\"pair\":[\"%s\",\"%s\"],\"similarity\":%.4f}%n",
                        jsonEscape(p.first()), jsonEscape(p.second()), p.similarity()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static String groupId(DuplicateGroup g) {
        return g.kind().name().toLowerCase(Locale.ROOT) + "-" + g.representative();
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
