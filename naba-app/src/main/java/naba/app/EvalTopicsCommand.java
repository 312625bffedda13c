package naba.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.topic.NewsCorpus;
import naba.topic.TopicEvaluator;
import naba.topic.TopicExample;
import naba.topic.TopicModel;
import naba.topic.TopicReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba eval topics --corpus FILE.jsonl.gz}: accuracy, macro-F1 and the confusion matrix of the topic model on
 * the distinct texts of a labelled corpus, as one JSON line. By default only the dev split (the texts the committed
 * model was not trained on) counts; {@code --split all} scores every text, for a held-out file.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Score the topic classifier on a labelled corpus (JSON Lines with cat and text, gzip'd).",
            "Prints one JSON line: accuracy, macro_f1, per-label F1 and the confusion matrix (rows gold, columns "
                + "predicted)."})
public final class EvalTopicsCommand implements Callable<Integer> {
    /** Which distinct texts to score. */
    enum Split { dev, all }

    @Option(names = "--corpus", paramLabel = "FILE.jsonl.gz",
            description = "Labelled corpus (default: shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz).")
    Path corpus;

    @Option(names = "--split", description = "dev (the held-out texts, default) or all.")
    Split split = Split.dev;

    @Option(names = "--dev-percent", description = "Dev share used at training (default: ${DEFAULT-VALUE}).")
    int devPercent = 10;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path model;

    @Override
    public Integer call() throws Exception {
        Path file = corpus == null ? NewsCorpus.defaultCorpus() : corpus;
        NewsCorpus data = NewsCorpus.read(file);
        List<TopicExample> gold = split == Split.all
                ? data.distinctTexts().stream().filter(a -> !a.label().isBlank()).map(TopicExample::of).toList()
                : data.topicExamples(true, devPercent);
        if (gold.isEmpty()) {
            throw new naba.text.InputException(file + ": no labelled articles in the " + split + " split");
        }
        TopicModel classifier = model == null ? TopicModel.load() : TopicModel.load(model);
        TopicReport report = TopicEvaluator.evaluate(classifier, gold);
        JsonLine.print("topics", json -> {
            json.writeStringField("corpus", file.getFileName().toString());
            json.writeStringField("split", split.name());
            json.writeNumberField("articles", report.total());
            json.writeNumberField("accuracy", round(report.accuracy()));
            json.writeNumberField("macro_f1", round(report.macroF1()));
            json.writeObjectFieldStart("f1");
            for (int l = 0; l < report.labels().size(); l++) {
                json.writeNumberField(report.labels().get(l), round(report.f1()[l]));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("labels");
            for (String label : report.labels()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("confusion");
            for (int[] row : report.confusion()) {
                json.writeArray(row, 0, row.length);
            }
            json.writeEndArray();
        });
        return CliErrors.OK;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** The confusion matrix as an aligned text table, rows gold and columns predicted. */
    static String confusionTable(TopicReport report) {
        StringBuilder out = new StringBuilder();
        List<String> labels = report.labels();
        out.append(String.format(Locale.ROOT, "%-18s", "gold \\ predicted"));
        for (String label : labels) {
            out.append(String.format(Locale.ROOT, " %8.8s", label));
        }
        out.append(String.format(Locale.ROOT, " %6s%n", "F1"));
        for (int g = 0; g < labels.size(); g++) {
            out.append(String.format(Locale.ROOT, "%-18s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                out.append(String.format(Locale.ROOT, " %8d", report.confusion()[g][p]));
            }
            out.append(String.format(Locale.ROOT, " %6.4f%n", report.f1()[g]));
        }
        return out.toString();
    }
}
