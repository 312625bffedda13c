package naba.morph;

import java.nio.file.Files;
import java.nio.file.Path;
import naba.corpus.SharedFolder;

/**
 * Where the training and dev files of the committed morphology model live inside the shared folder
 * ({@code ../shared} beside the repository, or {@code NABA_SHARED} / {@code -Dnaba.shared}): e.g.
 * {@code data/padt/ar_padt-ud-train.conllu}, whose «للحكومة» lines teach the segmenter.
 *
 * @param shared the shared folder
 */
public record MorphCorpora(Path shared) {
    public Path padtTrain() {
        return shared.resolve("data/padt/ar_padt-ud-train.conllu");
    }

    public Path padtDev() {
        return shared.resolve("data/padt/ar_padt-ud-dev.conllu");
    }

    public Path lemmas() {
        return shared.resolve("data/padt-lemmas/padt-lemmas.conllu");
    }

    public Path lemmaSplit() {
        return shared.resolve("data/padt-lemmas/official_padt_split_by_sent_id.tsv");
    }

    public Path news() {
        return shared.resolve("data/saudinewsnet/saudinewsnet.jsonl.gz");
    }

    public Path gazetteers() {
        return shared.resolve("data/gazetteers");
    }

    /** True when the PADT files are present. */
    public boolean available() {
        return Files.isRegularFile(padtTrain()) && Files.isRegularFile(padtDev()) && Files.isRegularFile(lemmas());
    }

    /**
     * The shared folder: {@code -Dnaba.shared}, else {@code NABA_SHARED}, else the first {@code shared} folder beside
     * the working directory or one of its parents (so it works from the repo root and from a module).
     */
    public static MorphCorpora locate() {
        return new MorphCorpora(SharedFolder.find().orElse(Path.of("..", "shared")));
    }
}
