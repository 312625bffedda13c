package naba.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import naba.morph.MorphCorpora;
import naba.morph.MorphModel;
import naba.morph.MorphOptions;
import naba.morph.MorphTrainer;
import naba.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba train morph}: retrains the committed morphology model (clitic segmentation, UPOS, lemmas) from PADT,
 * the PADT lemma sentences, SaudiNewsNet word counts and the name gazetteers, printing dev figures per epoch, and writes it to
 * {@code --out}.
 */
@Command(name = "morph", mixinStandardHelpOptions = true,
        description = {"Train the morphology model (segmentation, UPOS, lemma) and write it to --out.",
            "Default settings reproduce naba-nlp/src/main/resources/naba/morph/morph-padt.bin.gz."})
public final class TrainMorphCommand implements Callable<Integer> {
    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: found beside the repo).")
    Path shared;

    @Option(names = "--train", paramLabel = "FILE", description = "PADT train CoNLL-U (default: from --shared).")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "PADT dev CoNLL-U (default: from --shared).")
    Path dev;

    @Option(names = "--lemmas", paramLabel = "FILE", description = "PADT lemma CoNLL-U (default: from --shared).")
    Path lemmas;

    @Option(names = "--lemma-split", paramLabel = "FILE",
            description = "official_padt_split_by_sent_id.tsv (default: from --shared).")
    Path lemmaSplit;

    @Option(names = "--news", paramLabel = "FILE", description = "SaudiNewsNet jsonl.gz (default: from --shared).")
    Path news;

    @Option(names = "--no-news", description = "Skip SaudiNewsNet word counts (faster, lower UPOS).")
    boolean noNews;

    @Option(names = "--gazetteers", paramLabel = "DIR", description = "Name lists folder (default: from --shared).")
    Path gazetteers;

    @Option(names = "--no-gazetteers", description = "Skip the name lists (lower UPOS on names).")
    boolean noGazetteers;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("naba-nlp/src/main/resources/naba/morph/morph-padt.bin.gz");

    @Option(names = "--seed", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed = MorphOptions.DEFAULTS.seed();

    @Option(names = "--pos-epochs", description = "Most tagger epochs; the best on dev is kept (default: ${DEFAULT-VALUE}).")
    int posEpochs = MorphOptions.DEFAULTS.posEpochs();

    @Override
    public Integer call() throws IOException {
        MorphCorpora corpora = shared == null ? MorphCorpora.locate() : new MorphCorpora(shared);
        Path trainFile = train == null ? corpora.padtTrain() : train;
        Path devFile = dev == null ? corpora.padtDev() : dev;
        Path lemmaFile = lemmas == null ? corpora.lemmas() : lemmas;
        Path splitFile = lemmaSplit == null ? corpora.lemmaSplit() : lemmaSplit;
        Path newsFile = noNews ? null : news == null ? corpora.news() : news;
        Path nameDir = noGazetteers ? null : gazetteers == null ? corpora.gazetteers() : gazetteers;
        if (nameDir != null && !Files.isDirectory(nameDir)) {
            throw new InputException(nameDir + ": no such folder; pass --gazetteers DIR or --no-gazetteers");
        }
        for (Path p : new Path[] {trainFile, devFile, lemmaFile, splitFile, newsFile}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new InputException(p + ": no such file; pass --shared DIR or the file options");
            }
        }
        MorphOptions d = MorphOptions.DEFAULTS;
        MorphOptions options = new MorphOptions(d.segEpochs(), posEpochs, d.lemmaEpochs(), seed, d.segHashBits(),
                d.posHashBits(), d.lemmaHashBits(), d.minPatternCount(), d.maxRareCount());
        long t0 = System.nanoTime();
        MorphModel model = new MorphTrainer(options).train(trainFile, devFile, lemmaFile, splitFile, newsFile,
                nameDir, System.err::println);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.save(o);
        }
        System.err.printf(Locale.ROOT, "dev: UPOS %s (gold words), unseen-token segmentation %s, lemma %s (plain)%n",
                model.provenance().get("dev.upos.goldwords"), model.provenance().get("dev.segmentation.unseen"),
                model.provenance().get("dev.lemma.plain"));
        System.err.printf(Locale.ROOT, "wrote %s (%d bytes) in %.0f s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return CliErrors.OK;
    }
}
