package naba.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import naba.app.input.ArticleReader;
import naba.search.RetrievalEvaluator;
import naba.search.analysis.NabaArabicAnalyzer;
import naba.text.InputException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba eval retrieval --corpus FILE.jsonl.gz}: headline-to-article retrieval with naba's analyzer beside
 * Lucene's {@code ArabicAnalyzer}, both BM25; prints one JSON line with MRR@10 and recall@10 for each.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = {"Index the articles' text (without titles) twice, with naba's analyzer and Lucene's ArabicAnalyzer "
                + "(BM25), run every title as a query, and print MRR@10 and recall@10 for both as one JSON line."})
public final class EvalRetrievalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "JSON Lines (plain or .gz) with title and text fields, e.g. ../shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz")
    String corpus;

    @Option(names = "--sources", split = ",", paramLabel = "S",
            description = "Only articles from these sources (the src/source field), e.g. BBC,CNN. Default: all.")
    List<String> sources = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException {
        if (limit <= 0) {
            throw new InputException("--limit " + limit + ": give a positive number of articles");
        }
        List<RetrievalEvaluator.Article> articles = read(corpus, Set.copyOf(sources), limit);
        if (articles.isEmpty()) {
            throw new InputException(corpus + ": no article with a title and text"
                    + (sources.isEmpty() ? "" : " from " + String.join(",", sources)));
        }
        RetrievalEvaluator evaluator = new RetrievalEvaluator();
        RetrievalEvaluator.Report naba;
        RetrievalEvaluator.Report lucene;
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            naba = evaluator.evaluate(articles, analyzer);
        }
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            lucene = evaluator.evaluate(articles, analyzer);
        }
        JsonLine.print("retrieval", json -> {
            json.writeStringField("corpus", corpus);
            json.writeArrayFieldStart("sources");
            for (String s : sources) {
                json.writeString(s);
            }
            json.writeEndArray();
            json.writeNumberField("documents", naba.documents());
            json.writeNumberField("queries", naba.queries());
            scores(json, "naba", naba);
            scores(json, "lucene_arabic", lucene);
        });
        return CliErrors.OK;
    }

    private static void scores(JsonGenerator json, String name, RetrievalEvaluator.Report report) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("mrr@10", round(report.mrrAt10()));
        json.writeNumberField("recall@10", round(report.recallAt10()));
        json.writeEndObject();
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
    }

    /** Articles with a title and text, in file order. */
    static List<RetrievalEvaluator.Article> read(String corpus, Set<String> sources, int limit) throws IOException {
        List<RetrievalEvaluator.Article> articles = new ArrayList<>();
        int[] skipped = {0};
        ArticleReader reader = new ArticleReader(ArticleReader.Format.JSONL, false, s -> {
            if (skipped[0]++ < 5) {
                System.err.println("naba: skipped " + s);
            }
        });
        reader.read(corpus, System.in, d -> {
            if (articles.size() >= limit) {
                return;
            }
            if (!sources.isEmpty() && (d.meta().source() == null || !sources.contains(d.meta().source()))) {
                return;
            }
            if (d.meta().title() != null && !d.meta().title().isBlank() && !d.text().isBlank()) {
                articles.add(new RetrievalEvaluator.Article(d.id(), d.meta().title(), d.text()));
            }
        });
        if (skipped[0] > 0) {
            System.err.println("naba: " + skipped[0] + " record(s) skipped");
        }
        return articles;
    }
}
