package naba.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import naba.dedup.DedupOptions;
import naba.dedup.DedupResult;
import naba.dedup.DuplicateFinder;
import naba.dedup.DuplicateGroup;
import naba.dedup.DuplicatePair;
import naba.dedup.Fingerprint;
import naba.story.Story;
import naba.story.StoryArticle;
import naba.story.StoryDetector;
import naba.text.InputException;
import naba.text.NabaException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark batch job: reads articles (JSON Lines, plain or gzip, or Parquet), analyzes each with
 * {@code NabaPipeline.standard()} (one pipeline per executor JVM), and writes Parquet tables under the output
 * directory: {@code documents}, one table per list layer ({@code mentions}, {@code entities}, {@code times},
 * {@code quantities}, {@code quotations}, {@code paragraph_duplicates}, ...), {@code duplicate_groups},
 * {@code duplicate_pairs}, {@code stories}, {@code entity_frequency_by_day}, {@code entity_cooccurrence} and
 * {@code errors}. An article «قال كيري» with id {@code a} gives one {@code documents} row and its layer rows keyed
 * by {@code doc_id = "a"}.
 *
 * <p>Run locally with {@code naba-spark/bin/naba-batch --input corpus.jsonl.gz --output out --master local[*]}, or on
 * a cluster with {@code spark-submit --class naba.spark.NabaBatchJob naba-spark-job.jar --input ... --output ...}.
 * Duplicate grouping and story clustering run on the driver over compact per-article summaries (a 128-value
 * signature, stems and entity names), after the expensive analysis ran on the executors.
 */
public final class NabaBatchJob {
    static final StructType ERRORS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("record", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));
    static final StructType DUPLICATE_GROUPS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("group_id", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("doc_id", DataTypes.StringType, false),
            DataTypes.createStructField("representative", DataTypes.BooleanType, false),
            DataTypes.createStructField("size", DataTypes.IntegerType, false),
            DataTypes.createStructField("min_similarity", DataTypes.DoubleType, false)));
    static final StructType DUPLICATE_PAIRS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("first", DataTypes.StringType, false),
            DataTypes.createStructField("second", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));
    static final StructType STORIES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("story_id", DataTypes.StringType, false),
            DataTypes.createStructField("label", DataTypes.StringType, false),
            DataTypes.createStructField("central", DataTypes.StringType, false),
            DataTypes.createStructField("first_date", DataTypes.DateType, true),
            DataTypes.createStructField("last_date", DataTypes.DateType, true),
            DataTypes.createStructField("size", DataTypes.IntegerType, false),
            DataTypes.createStructField("members", DataTypes.createArrayType(DataTypes.StringType), false),
            DataTypes.createStructField("sources", DataTypes.createArrayType(DataTypes.StringType), false),
            DataTypes.createStructField("entities", DataTypes.createArrayType(DataTypes.StringType), false),
            DataTypes.createStructField("terms", DataTypes.createArrayType(DataTypes.StringType), false)));
    static final StructType DOC_ENTITIES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc_id", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, true),
            DataTypes.createStructField("entity", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("mentions", DataTypes.IntegerType, false)));
    static final StructType ENTITY_PAIRS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("entity_a", DataTypes.StringType, false),
            DataTypes.createStructField("entity_b", DataTypes.StringType, false)));
    /** Entities of one article that enter co-occurrence pairs: bounds the pairs of a very long article. */
    static final int MAX_PAIRED_ENTITIES = 50;

    private NabaBatchJob() {
    }

    public static void main(String[] args) {
        BatchOptions options;
        try {
            options = BatchOptions.parse(args);
        } catch (InputException e) {
            System.err.println("naba batch: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("naba batch");
        if (options.master() != null) {
            builder.master(options.master());
            if (options.master().startsWith("local")) {
                builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
            }
        }
        int exit = 0;
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            BatchSummary summary = run(spark, options);
            System.out.println("naba batch: " + summary);
            System.out.println("naba batch: tables in " + options.output());
        } catch (InputException e) {
            System.err.println("naba batch: " + e.getMessage());
            exit = 2;
        } catch (NabaException e) {
            System.err.println("naba batch: " + e.getMessage());
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    /** Runs the job in an existing session and returns what it did. */
    public static BatchSummary run(SparkSession spark, BatchOptions options) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<LayerTable> tables = LayerTable.discover();
        List<LayerTable> columns = LayerTable.documentColumns();
        DedupOptions dedup = options.dedup();

        JavaRDD<ParsedArticle> parsed = read(spark, options);
        int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism() * 4;
        // Gzip input is one split per file: spread the articles before the expensive step.
        parsed = parsed.repartition(partitions);
        JavaRDD<AnalyzedArticle> analyzed = parsed
                .map(p -> ArticleAnalyzer.analyze(p, tables, columns, dedup))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<AnalyzedArticle> ok = analyzed.filter(a -> !a.isError());

        JavaRDD<Row> errorRows = analyzed.filter(AnalyzedArticle::isError)
                .map(a -> RowFactory.create(a.input, a.record, a.id, a.error));
        write(spark.createDataFrame(errorRows, ERRORS), options, "errors");
        long errors = spark.read().parquet(path(options, "errors")).count();

        // Driver side: compact summaries of every article, in input order.
        List<Object[]> summaries = new ArrayList<>(ok.map(a -> new Object[] {a.record, a.id, a.exactHash,
                a.signature, a.shingles, a.title, a.date, a.source, a.terms, a.entityNames, a.words}).collect());
        summaries.sort(Comparator.comparingLong(s -> (Long) s[0]));
        List<Fingerprint> prints = new ArrayList<>(summaries.size());
        List<StoryArticle> storyArticles = new ArrayList<>(summaries.size());
        long words = 0;
        for (Object[] s : summaries) {
            prints.add(new Fingerprint((String) s[1], (Long) s[2], (int[]) s[3], (Integer) s[4]));
            @SuppressWarnings("unchecked")
            List<String> terms = (List<String>) s[8];
            @SuppressWarnings("unchecked")
            List<String> entities = (List<String>) s[9];
            storyArticles.add(new StoryArticle((String) s[1], (String) s[5], (LocalDate) s[6], (String) s[7], terms,
                    entities));
            words += (Long) s[10];
        }
        summaries.clear();
        DedupResult duplicates = new DuplicateFinder(PipelineHolder.hasher(dedup)).find(prints);
        prints.clear();
        List<Story> stories = new StoryDetector(options.stories()).detect(storyArticles);
        storyArticles.clear();

        Map<String, String[]> corpusColumns = new HashMap<>();
        duplicates.representatives().forEach((id, rep) -> corpusColumns.put(id, new String[] {rep, null}));
        for (Story story : stories) {
            for (String id : story.members()) {
                corpusColumns.computeIfAbsent(id, k -> new String[2])[1] = story.id();
            }
        }
        Broadcast<Map<String, String[]>> corpus = jsc.broadcast(corpusColumns);
        JavaRDD<Row> documents = ok.map(a -> {
            List<Object> values = new ArrayList<>(a.document);
            String[] extra = corpus.value().get(a.id);
            values.add(extra == null ? null : extra[0]);
            values.add(extra == null ? null : extra[1]);
            return RecordRows.row(values);
        });
        write(spark.createDataFrame(documents, documentSchema(columns)), options, "documents");

        for (LayerTable table : tables) {
            String name = table.name();
            JavaRDD<Row> rows = ok.flatMap(a -> a.layers.getOrDefault(name, List.of()).iterator());
            write(spark.createDataFrame(rows, table.schema()), options, name);
        }

        write(spark.createDataFrame(duplicateGroupRows(duplicates), DUPLICATE_GROUPS), options, "duplicate_groups");
        List<Row> pairRows = new ArrayList<>();
        for (DuplicatePair p : duplicates.pairs()) {
            pairRows.add(RowFactory.create(p.first(), p.second(), p.similarity()));
        }
        write(spark.createDataFrame(pairRows, DUPLICATE_PAIRS), options, "duplicate_pairs");
        write(spark.createDataFrame(storyRows(stories), STORIES), options, "stories");

        JavaRDD<Row> docEntities = ok.flatMap(a -> {
            List<Row> rows = new ArrayList<>(a.entityNames.size());
            java.sql.Date date = a.date == null ? null : java.sql.Date.valueOf(a.date);
            for (int i = 0; i < a.entityNames.size(); i++) {
                rows.add(RowFactory.create(a.id, date, a.entityNames.get(i), a.entityTypes.get(i),
                        a.entityMentions.get(i)));
            }
            return rows.iterator();
        });
        Dataset<Row> byDay = spark.createDataFrame(docEntities, DOC_ENTITIES)
                .groupBy("date", "entity", "type")
                .agg(count("*").as("documents"), sum("mentions").as("mentions"))
                .orderBy(col("date"), col("documents").desc(), col("entity"));
        write(byDay, options, "entity_frequency_by_day");
        JavaRDD<Row> entityPairs = ok.flatMap(a -> {
            List<String> names = new ArrayList<>(new java.util.TreeSet<>(
                    a.entityNames.subList(0, Math.min(a.entityNames.size(), MAX_PAIRED_ENTITIES))));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    rows.add(RowFactory.create(names.get(i), names.get(j)));
                }
            }
            return rows.iterator();
        });
        Dataset<Row> cooccurrence = spark.createDataFrame(entityPairs, ENTITY_PAIRS)
                .groupBy("entity_a", "entity_b").agg(count("*").as("documents"))
                .orderBy(col("documents").desc(), col("entity_a"), col("entity_b"));
        write(cooccurrence, options, "entity_cooccurrence");

        long articles = spark.read().parquet(path(options, "documents")).count();
        analyzed.unpersist();
        return new BatchSummary(articles, errors, words, duplicates.exact().size(), duplicates.near().size(),
                stories.size(), (System.nanoTime() - started) / 1e9);
    }

    static StructType documentSchema(List<LayerTable> columns) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true),
                DataTypes.createStructField("source", DataTypes.StringType, true),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("input", DataTypes.StringType, true),
                DataTypes.createStructField("record", DataTypes.LongType, false),
                DataTypes.createStructField("chars", DataTypes.IntegerType, false),
                DataTypes.createStructField("words", DataTypes.LongType, false),
                DataTypes.createStructField("tokens", DataTypes.IntegerType, false),
                DataTypes.createStructField("sentences", DataTypes.IntegerType, false),
                DataTypes.createStructField("paragraphs", DataTypes.IntegerType, false)));
        for (LayerTable column : columns) {
            fields.add(DataTypes.createStructField(column.name(), RecordRows.dataType(column.recordClass()), true));
        }
        fields.add(DataTypes.createStructField("duplicate_of", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("story_id", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    private static JavaRDD<ParsedArticle> read(SparkSession spark, BatchOptions options) {
        int maxChars = options.maxChars();
        String[] inputs = options.inputs().toArray(new String[0]);
        try {
            if (options.parquet()) {
                return spark.read().parquet(inputs).withColumn("_naba_input", input_file_name()).toJavaRDD()
                        .zipWithIndex()
                        .map(t -> ArticleParser.fromRow(t._1(), t._1().getString(t._1().fieldIndex("_naba_input")),
                                t._2() + 1, maxChars));
            }
            return spark.read().text(inputs).withColumn("input", input_file_name()).toJavaRDD()
                    .zipWithIndex()
                    .map(t -> ArticleParser.fromJson(t._1().getString(0), t._1().getString(1), t._2() + 1, maxChars))
                    .filter(Objects::nonNull);
        } catch (Exception e) {
            // Scala's AnalysisException (no such path, not Parquet) is checked in Java terms but undeclared.
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                throw new InputException("cannot read " + String.join(", ", options.inputs()) + ": "
                        + e.getMessage());
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static List<Row> duplicateGroupRows(DedupResult result) {
        List<Row> rows = new ArrayList<>();
        for (List<DuplicateGroup> groups : List.of(result.exact(), result.near())) {
            for (DuplicateGroup g : groups) {
                String groupId = g.kind().name().toLowerCase() + "-" + g.representative();
                for (String member : g.members()) {
                    rows.add(RowFactory.create(groupId, g.kind().name(), member, member.equals(g.representative()),
                            g.size(), g.minSimilarity()));
                }
            }
        }
        return rows;
    }

    private static List<Row> storyRows(List<Story> stories) {
        List<Row> rows = new ArrayList<>(stories.size());
        for (Story s : stories) {
            rows.add(RowFactory.create(s.id(), s.label(), s.central(),
                    s.first() == null ? null : java.sql.Date.valueOf(s.first()),
                    s.last() == null ? null : java.sql.Date.valueOf(s.last()), s.size(),
                    s.members().toArray(), s.sources().toArray(), s.entities().toArray(), s.terms().toArray()));
        }
        return rows;
    }

    private static void write(Dataset<Row> table, BatchOptions options, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(path(options, name));
    }

    static String path(BatchOptions options, String table) {
        return options.output() + "/" + table;
    }
}
