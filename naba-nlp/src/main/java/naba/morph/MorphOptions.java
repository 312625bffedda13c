package naba.morph;

/**
 * Settings of {@link MorphTrainer}; {@link #DEFAULTS} reproduces the committed model. Training on PADT with
 * {@code new MorphOptions(8, 12, 10, 20260529L, 16, 20, 16, 3, 3)} learns, e.g., that «للحكومة» splits as
 * {@code ل + الحكومة}.
 *
 * @param segEpochs       epochs of the segmentation-pattern classifier
 * @param posEpochs       maximum epochs of the UPOS tagger (the best dev epoch is kept)
 * @param lemmaEpochs     epochs of the lemma-edit classifier
 * @param seed            shuffle seed of every trainer
 * @param segHashBits     log2 weight rows of the segmenter
 * @param posHashBits     log2 weight rows of the tagger
 * @param lemmaHashBits   log2 weight rows of the lemma classifier
 * @param minPatternCount a segmentation pattern becomes a classifier label when seen this often in training
 * @param maxRareCount    the segmenter trains on tokens seen at most this often (unseen tokens behave like rare ones)
 */
public record MorphOptions(int segEpochs, int posEpochs, int lemmaEpochs, long seed, int segHashBits,
        int posHashBits, int lemmaHashBits, int minPatternCount, int maxRareCount) {
    public static final MorphOptions DEFAULTS = new MorphOptions(8, 12, 10, 20260529L, 16, 20, 16, 3, 3);

    public MorphOptions {
        if (segEpochs < 1 || posEpochs < 1 || lemmaEpochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1");
        }
        if (minPatternCount < 1 || maxRareCount < 1) {
            throw new IllegalArgumentException("minPatternCount and maxRareCount must be at least 1");
        }
    }
}
