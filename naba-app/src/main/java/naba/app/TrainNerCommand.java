package naba.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.ner.LabelCodec;
import naba.ner.NerOptions;
import naba.ner.NerRecipe;
import naba.ner.NerReport;
import naba.text.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba train ner}: retrains the committed NER model from {@code ../shared/data} (ANERcorp train minus its last
 * 10 %, SaudiNewsNet word statistics, gazetteers) and writes it to {@code --out}.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the named-entity model from the shared corpora and write it to --out.",
            "Default settings reproduce naba-nlp/src/main/resources/naba/ner/ner.bin."})
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: found beside the repo).")
    Path shared;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("naba-nlp/src/main/resources/naba/ner/ner.bin");

    @Option(names = "--epochs", description = "Most training epochs; the best on dev is kept (default: ${DEFAULT-VALUE}).")
    int epochs = NerOptions.defaults().epochs();

    @Option(names = "--seed",
            description = "Seed of the shuffles, news clusters, word vectors and networks (default: ${DEFAULT-VALUE}).")
    long seed = NerOptions.defaults().seed();

    @Option(names = "--hash-bits", description = "log2 of weight rows (default: ${DEFAULT-VALUE}).")
    int hashBits = NerOptions.defaults().hashBits();

    @Option(names = "--codec", description = "Label codec: BIO or BIOES (default: ${DEFAULT-VALUE}).")
    LabelCodec codec = NerOptions.defaults().codec();

    @Option(names = "--members", description = "Models trained by seeds seed, seed+1000, ... and merged into one "
            + "ensemble; 1 trains one model (default: ${DEFAULT-VALUE}).")
    int members = NerOptions.defaults().members();

    @Option(names = "--no-news",
            description = "Skip the news (SaudiNewsNet, ANT): no word counts, clusters or vectors (faster, lower F1).")
    boolean noNews;

    @Option(names = "--aqmar", description = "Also train on AQMAR (Wikipedia; lowered dev F1 in our runs).")
    boolean aqmar;

    @Option(names = "--wojood", description = "Also train on the Wojood sample, mapped to the four types.")
    boolean wojood;

    @Option(names = "--one-stage", description = "Train the first stage only (no second, document-level stage).")
    boolean oneStage;

    @Option(names = "--no-network", description = "No window network over news word vectors in the second stage.")
    boolean noNetwork;

    @Override
    public Integer call() {
        Path dir = shared == null ? naba.corpus.SharedFolder.require("pass --shared DIR") : shared;
        if (!Files.isDirectory(dir.resolve("data"))) {
            throw new naba.text.InputException(dir + ": no data/ folder; pass --shared with the shared corpora");
        }
        NerOptions options = new NerOptions(codec, epochs, seed, hashBits, members);
        long t0 = System.nanoTime();
        NerRecipe.Result result = NerRecipe.train(new NerRecipe.Inputs(dir, !noNews, aqmar, wojood, !oneStage,
                !noNetwork), options,
                System.err::println);
        result.model().save(out);
        NerReport dev = result.dev();
        System.err.printf(Locale.ROOT, "dev F1 %.2f (P %.2f R %.2f)%n", 100 * dev.micro().f1(),
                100 * dev.micro().precision(), 100 * dev.micro().recall());
        for (EntityType t : EntityType.values()) {
            NerReport.Counts c = dev.perType().get(t);
            System.err.printf(Locale.ROOT, "  %-4s F1 %.2f (P %.2f R %.2f, %d gold)%n", t, 100 * c.f1(),
                    100 * c.precision(), 100 * c.recall(), c.gold());
        }
        System.err.printf(Locale.ROOT, "wrote %s in %.0f s%n", out, (System.nanoTime() - t0) / 1e9);
        return CliErrors.OK;
    }
}
