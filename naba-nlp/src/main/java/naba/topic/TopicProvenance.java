package naba.topic;

import java.util.Objects;

/**
 * Where a topic model came from, stored in the model file: «ant_v2.1_multisource.jsonl.gz» with its SHA-256, the
 * seed and epochs, and how many articles trained it.
 *
 * @param trainingFile  file name of the training corpus
 * @param sha256        SHA-256 of that file
 * @param seed          the shuffle seed
 * @param epochs        SGD passes
 * @param trainArticles articles used for training (after de-duplication and the dev split)
 * @param devPercent    percent of distinct texts held out as dev (by text hash, see {@link NewsCorpus#isDev})
 */
public record TopicProvenance(String trainingFile, String sha256, long seed, int epochs, int trainArticles,
                              int devPercent) {
    public TopicProvenance {
        Objects.requireNonNull(trainingFile, "trainingFile");
        Objects.requireNonNull(sha256, "sha256");
    }
}
