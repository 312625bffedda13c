package naba.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import naba.summary.ExtractiveSummarizer;
import naba.summary.Rouge;
import naba.summary.SummaryEvaluator;
import naba.summary.SummaryOptions;
import naba.summary.SummaryReport;
import naba.topic.NewsArticle;
import naba.topic.NewsCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba eval summaries --corpus FILE.jsonl.gz}: ROUGE-1, ROUGE-2 and ROUGE-L F1 of naba's summaries and of the
 * lead-1 and lead-2 baselines against the editor-written abstracts of the BBC and CNN articles, as one JSON line.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = {"Score extractive summaries against real abstracts (BBC and CNN items of ANT v2.1).",
            "Prints one JSON line: ROUGE-1/2/L F1 over naba's normalized tokens for naba, lead-1 and lead-2."})
public final class EvalSummariesCommand implements Callable<Integer> {
    /** Which article/abstract pairs to score: all, or one half by text hash (weights were tuned on "tune"). */
    enum Split { all, tune, check }

    @Option(names = "--corpus", paramLabel = "FILE.jsonl.gz",
            description = "Corpus with abstracts (default: shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz).")
    Path corpus;

    @Option(names = "--sentences", paramLabel = "N", description = "Most sentences per summary, 0 for no limit "
            + "(default: ${DEFAULT-VALUE}).")
    int sentences = SummaryOptions.DEFAULT.sentences();

    @Option(names = "--words", paramLabel = "N", description = "Most words per summary, 0 for no limit "
            + "(default: ${DEFAULT-VALUE}).")
    int words = SummaryOptions.DEFAULT.words();

    @Option(names = "--split", description = "all (default), tune (the half the weights were tuned on) or check "
            + "(the other half).")
    Split split = Split.all;

    @Override
    public Integer call() throws IOException {
        SummaryOptions options;
        try {
            options = new SummaryOptions(sentences, words);
        } catch (IllegalArgumentException e) {
            throw new naba.text.InputException(e.getMessage() + " (--sentences, --words)");
        }
        Path file = corpus == null ? NewsCorpus.defaultCorpus() : corpus;
        List<NewsArticle> articles = NewsCorpus.read(file).articles().stream()
                .filter(a -> split == Split.all || SummaryEvaluator.isCheckHalf(a) == (split == Split.check))
                .toList();
        SummaryReport report = SummaryEvaluator.evaluate(new ExtractiveSummarizer(options), articles);
        if (report.articles() == 0) {
            throw new naba.text.InputException(file + ": no BBC or CNN article with an editor-written abstract");
        }
        JsonLine.print("summaries", json -> {
            json.writeStringField("corpus", file.getFileName().toString());
            json.writeStringField("split", split.name());
            json.writeNumberField("articles", report.articles());
            json.writeObjectFieldStart("options");
            json.writeNumberField("sentences", options.sentences());
            json.writeNumberField("words", options.words());
            json.writeEndObject();
            json.writeNumberField("naba_words", EvalTopicsCommand.round(report.words()));
            write(json, "naba", report.naba());
            write(json, "lead1", report.lead1());
            write(json, "lead2", report.lead2());
        });
        return CliErrors.OK;
    }

    private static void write(JsonGenerator json, String name, Rouge.Scores scores) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("rouge1", EvalTopicsCommand.round(scores.rouge1()));
        json.writeNumberField("rouge2", EvalTopicsCommand.round(scores.rouge2()));
        json.writeNumberField("rougeL", EvalTopicsCommand.round(scores.rougeL()));
        json.writeEndObject();
    }
}
