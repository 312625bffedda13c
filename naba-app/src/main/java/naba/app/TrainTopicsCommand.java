package naba.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.topic.NewsCorpus;
import naba.topic.TopicEvaluator;
import naba.topic.TopicExample;
import naba.topic.TopicModel;
import naba.topic.TopicOptions;
import naba.topic.TopicReport;
import naba.topic.TopicTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba train topics}: retrains the committed topic model from ANT v2.1 (distinct texts, 90 % by text hash)
 * and prints its dev accuracy, macro-F1 and confusion matrix to stderr.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Train the topic classifier on a labelled news corpus (JSON Lines, gzip'd) and write it to --out.",
            "Default settings reproduce naba-nlp/src/main/resources/naba/topic/topics.bin."})
public final class TrainTopicsCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE.jsonl.gz",
            description = "Labelled corpus (default: shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz).")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("naba-nlp/src/main/resources/naba/topic/topics.bin");

    @Option(names = "--epochs", description = "SGD passes (default: ${DEFAULT-VALUE}).")
    int epochs = TopicOptions.DEFAULT.epochs();

    @Option(names = "--seed", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed = TopicOptions.DEFAULT.seed();

    @Option(names = "--hash-bits", description = "log2 of the hashed feature space (default: ${DEFAULT-VALUE}).")
    int hashBits = Integer.numberOfTrailingZeros(TopicOptions.DEFAULT.buckets());

    @Option(names = "--learning-rate", description = "Initial SGD step (default: ${DEFAULT-VALUE}).")
    double learningRate = TopicOptions.DEFAULT.learningRate();

    @Option(names = "--dev-percent", description = "Percent of distinct texts held out as dev (default: ${DEFAULT-VALUE}).")
    int devPercent = 10;

    @Override
    public Integer call() throws Exception {
        if (hashBits < 1 || hashBits > 24) {
            throw new naba.text.InputException("--hash-bits " + hashBits + ": use 1 to 24");
        }
        if (devPercent < 0 || devPercent >= 100) {
            throw new naba.text.InputException("--dev-percent " + devPercent + ": use 0 to 99");
        }
        long t0 = System.nanoTime();
        Path file = corpus == null ? NewsCorpus.defaultCorpus() : corpus;
        NewsCorpus data = NewsCorpus.read(file);
        List<TopicExample> train = data.topicExamples(false, devPercent);
        List<TopicExample> dev = data.topicExamples(true, devPercent);
        System.err.printf(Locale.ROOT, "%s: %d articles, %d distinct texts: %d train, %d dev%n", file,
                data.articles().size(), train.size() + dev.size(), train.size(), dev.size());
        TopicOptions options = new TopicOptions(1 << hashBits, epochs, learningRate, seed);
        TopicModel model = new TopicTrainer(options).train(train, file.getFileName().toString(), data.sha256(),
                devPercent);
        model.save(out);
        if (!dev.isEmpty()) {
            TopicReport report = TopicEvaluator.evaluate(model, dev);
            System.err.printf(Locale.ROOT, "dev accuracy %.4f, macro-F1 %.4f on %d articles%n", report.accuracy(),
                    report.macroF1(), report.total());
            System.err.print(EvalTopicsCommand.confusionTable(report));
        }
        System.err.printf(Locale.ROOT, "wrote %s (%d bytes) in %.0f s%n", out, java.nio.file.Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return CliErrors.OK;
    }
}
