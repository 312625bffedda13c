package naba.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.app.input.CorpusInput;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.story.Story;
import naba.story.StoryArticle;
import naba.story.StoryDetector;
import naba.story.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code naba stories FILE...}: groups articles about the same event within a few days. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Group articles into stories: the same event, any outlet, within --window-days.",
            "Prints one story per line: id, size, first and last date, sources, label, entities, member ids."})
public final class StoriesCommand implements Callable<Integer> {
    /** Output layouts. */
    enum OutputFormat { text, json }

    @Mixin
    CorpusInput corpus = new CorpusInput();

    @Option(names = "--window-days", paramLabel = "DAYS",
            description = "Longest span of a story, from its first article (default: ${DEFAULT-VALUE}).")
    int windowDays = StoryOptions.DEFAULT.windowDays();

    @Option(names = "--threshold", paramLabel = "COSINE",
            description = "Lowest similarity to a story to join it (default: ${DEFAULT-VALUE}).")
    double threshold = StoryOptions.DEFAULT.threshold();

    @Option(names = "--min-size", paramLabel = "N", description = "Smallest story printed (default: ${DEFAULT-VALUE}).")
    int minSize = StoryOptions.DEFAULT.minSize();

    @Option(names = "--no-entities",
            description = "Words only: skip the full pipeline (entity recognition), which is much faster.")
    boolean noEntities;

    @Option(names = "--format", paramLabel = "text|json", description = "Output layout (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws IOException {
        StoryOptions d = StoryOptions.DEFAULT;
        StoryOptions options = new StoryOptions(windowDays, threshold, d.entityWeight(), d.terms(), minSize);
        Pipeline pipeline = noEntities ? NabaPipeline.basic() : NabaPipeline.standard();
        List<StoryArticle> articles = new ArrayList<>();
        corpus.read(doc -> articles.add(StoryArticle.of(pipeline.annotate(doc))));
        List<Story> stories = new StoryDetector(options).detect(articles);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        JsonFactory factory = new JsonFactory();
        for (Story s : stories) {
            if (format == OutputFormat.json) {
                try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
                    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    json.writeStartObject();
                    json.writeStringField("story", s.id());
                    json.writeStringField("label", s.label());
                    json.writeStringField("central", s.central());
                    json.writeStringField("first", s.first() == null ? null : s.first().toString());
                    json.writeStringField("last", s.last() == null ? null : s.last().toString());
                    json.writeNumberField("size", s.size());
                    array(json, "sources", s.sources());
                    array(json, "entities", s.entities());
                    array(json, "terms", s.terms());
                    array(json, "members", s.members());
                    json.writeEndObject();
                }
                out.write('\n');
            } else {
                String line = String.format(Locale.ROOT, "%s\t%d\t%s..%s\t%s\t%s\t%s\t%s%n", s.id(), s.size(), s.first(),
                        s.last(), String.join(",", s.sources()), s.label(),
                        String.join("، ", s.entities().subList(0, Math.min(5, s.entities().size()))),
                        String.join(" ", s.members()));
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        out.flush();
        long grouped = stories.stream().mapToLong(Story::size).sum();
        System.err.printf(Locale.ROOT, "naba: %d articles, %d stories of %d+ articles holding %d articles%n",
                articles.size(), stories.size(), minSize, grouped);
        return CliErrors.OK;
    }

    private static void array(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
