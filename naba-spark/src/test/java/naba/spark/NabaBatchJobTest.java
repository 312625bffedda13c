package naba.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import naba.corpus.SharedFolder;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Layers;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the batch job on the first 500 SaudiNewsNet articles (gzip JSON Lines) plus a file of bad records in
 * {@code local[2]}, then checks every article's rows against {@code NabaPipeline.standard()} run here directly.
 */
class NabaBatchJobTest {
    private static final int ARTICLES = 500;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static BatchSummary summary;
    private static BatchOptions options;
    private static final List<String> lines = new ArrayList<>();

    @BeforeAll
    static void runJob() throws IOException {
        Path corpus = shared("data/saudinewsnet/saudinewsnet.jsonl.gz");
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path articles = in.resolve("snn500.jsonl.gz");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8));
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(articles))) {
            String line;
            while (lines.size() < ARTICLES && (line = reader.readLine()) != null) {
                lines.add(line);
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path bad = in.resolve("bad.jsonl");
        try (Writer w = Files.newBufferedWriter(bad, StandardCharsets.UTF_8)) {
            w.write("{\"id\": \"broken\", \"content\": \"قال كيري\n");
            w.write("{\"id\": \"no-text\", \"title\": \"عنوان بلا نص\"}\n");
            w.write("\n");
            w.write("{\"id\": \"huge\", \"content\": \"");
            String word = "كلمة ";
            for (long written = 0; written < 20L * 1024 * 1024; written += word.getBytes(StandardCharsets.UTF_8).length) {
                w.write(word);
            }
            w.write("\"}\n");
            w.write("{\"id\": \"bad-date\", \"content\": \"قال كيري\", \"date\": \"yesterday\"}\n");
        }
        options = BatchOptions.parse("--input", articles.toString(), bad.toString(),
                "--output", dir.resolve("out").toString());
        spark = SparkSession.builder().master("local[2]").appName("naba-batch-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        summary = NabaBatchJob.run(spark, options);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyArticleHasTheAnnotationsOfTheStandardPipeline() {
        assertThat(summary.articles()).isEqualTo(ARTICLES);
        Pipeline pipeline = NabaPipeline.standard();
        Map<String, Document> expected = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ParsedArticle p = ArticleParser.fromJson(lines.get(i), "snn500", i + 1, BatchOptions.DEFAULT_MAX_CHARS);
            expected.put(p.id, pipeline.annotate(p.id, p.text, new DocumentMeta(p.title, p.date, p.source, p.url)));
        }

        Map<String, Row> documents = new HashMap<>();
        for (Row row : table("documents")) {
            documents.put(row.getAs("id"), row);
        }
        assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Document d : expected.values()) {
            Row row = documents.get(d.id());
            assertThat((int) row.getAs("tokens")).as(d.id()).isEqualTo(d.layer(Layers.TOKENS).size());
            assertThat((int) row.getAs("sentences")).as(d.id()).isEqualTo(d.layer(Layers.SENTENCES).size());
            assertThat((int) row.getAs("chars")).as(d.id()).isEqualTo(d.text().length());
            assertThat(row.<String>getAs("title")).isEqualTo(d.meta().title());
        }

        List<LayerTable> tables = LayerTable.discover();
        assertThat(tables).extracting(LayerTable::name).contains("paragraph_duplicates");
        for (LayerTable table : tables) {
            Map<String, List<Object>> actual = new HashMap<>();
            List<Row> rows = new ArrayList<>(table(table.name()));
            rows.sort(Comparator.comparing((Row r) -> r.<String>getAs("doc_id")).thenComparing(r -> r.<Integer>getAs("index")));
            for (Row row : rows) {
                actual.computeIfAbsent(row.getAs("doc_id"), k -> new ArrayList<>()).add(plain(row));
            }
            for (Document d : expected.values()) {
                List<Object> want = new ArrayList<>();
                if (d.has(table.key())) {
                    for (Row row : ArticleAnalyzer.layerRows(d, table)) {
                        want.add(plain(row));
                    }
                }
                assertThat(actual.getOrDefault(d.id(), List.of())).as("%s of %s", table.name(), d.id())
                        .isEqualTo(want);
            }
        }
    }

    @Test
    void badRecordsLandInTheErrorsTableWithTheirReasonAndTheJobFinishes() {
        Map<String, String> reasons = new HashMap<>();
        for (Row row : table("errors")) {
            reasons.put(row.getAs("id") == null ? "record " + row.getAs("record") : row.getAs("id"),
                    row.getAs("reason"));
        }
        assertThat(summary.errors()).isEqualTo(4);
        assertThat(reasons).hasSize(4);
        assertThat(reasons.get("no-text")).isEqualTo("no \"text\" or \"content\" field");
        assertThat(reasons.get("huge")).contains("over the limit of 2000000").contains("--max-chars");
        assertThat(reasons.get("bad-date")).contains("unreadable date");
        assertThat(reasons.entrySet()).anySatisfy(e -> assertThat(e.getValue()).startsWith("invalid JSON"));
    }

    @Test
    void writesDuplicateStoryAndAggregateTables() {
        assertThat(summary.words()).isPositive();
        List<Row> groups = table("duplicate_groups");
        assertThat(groups).allSatisfy(r -> assertThat(r.<String>getAs("kind")).isIn("EXACT", "NEAR"));
        assertThat(table("duplicate_pairs")).allSatisfy(r -> assertThat(r.<Double>getAs("similarity"))
                .isGreaterThanOrEqualTo(0.5));
        List<Row> stories = table("stories");
        assertThat(stories).hasSize(summary.stories());
        assertThat(stories).allSatisfy(r -> assertThat(r.<Integer>getAs("size")).isGreaterThanOrEqualTo(2));
        assertThat(table("entity_frequency_by_day")).isNotNull();
        assertThat(table("entity_cooccurrence")).isNotNull();
        long marked = table("documents").stream().filter(r -> r.getAs("duplicate_of") != null).count();
        assertThat(marked).isEqualTo(groups.stream().map(r -> r.<String>getAs("doc_id")).distinct().count());
    }

    private static List<Row> table(String name) {
        return spark.read().parquet(NabaBatchJob.path(options, name)).collectAsList();
    }

    /** A row as nested Java lists, so rows read from Parquet compare with rows made in the test. */
    private static Object plain(Object v) {
        if (v instanceof Row row) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                out.add(plain(row.get(i)));
            }
            return out;
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return plain(new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq)));
        }
        if (v instanceof Object[] array) {
            return plain(List.of(array));
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(plain(e)));
            return out;
        }
        if (v instanceof scala.collection.Map<?, ?> map) {
            Map<Object, Object> out = new HashMap<>();
            scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, x) -> out.put(plain(k), plain(x)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new HashMap<>();
            map.forEach((k, x) -> out.put(plain(k), plain(x)));
            return out;
        }
        if (v instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return v;
    }

    /** {@code shared/<relative>}: NABA_SHARED, or a {@code shared} folder beside an ancestor; skip (CI: fail) if absent. */
    private static Path shared(String relative) {
        Path found = SharedFolder.find().map(shared -> shared.resolve(relative)).filter(Files::exists).orElse(null);
        if (found != null) {
            return found;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true but ../shared/" + relative + " is missing");
        }
        assumeTrue(false, "../shared/" + relative + " not found; skipping");
        return null;
    }
}
