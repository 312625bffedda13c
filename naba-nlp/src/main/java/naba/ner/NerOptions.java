package naba.ner;

/**
 * Settings of {@link NerTrainer}: {@code new NerOptions(LabelCodec.BIO, 16, 42L, 21)} trains with BIO labels for
 * at most 16 epochs (the epoch with the best dev F1 is kept), shuffle seed 42, and 2^21 hashed weight rows.
 *
 * @param codec    how spans become per-token labels while training and decoding
 * @param epochs   the most passes over the training data (at least 1)
 * @param seed     seed of the per-epoch shuffle; the same seed and data give the same model
 * @param hashBits log2 of the weight rows, in [10, 24]
 * @param members  models trained by seeds {@code seed}, {@code seed + 1000}, ... and merged into one ensemble (see
 *                 {@link NerTrainer}), in [1, 16]
 */
public record NerOptions(LabelCodec codec, int epochs, long seed, int hashBits, int members) {
    /** One model, no ensemble. */
    public NerOptions(LabelCodec codec, int epochs, long seed, int hashBits) {
        this(codec, epochs, seed, hashBits, 1);
    }

    public NerOptions {
        if (codec == null) {
            throw new IllegalArgumentException("ner options: codec is required (BIO or BIOES)");
        }
        if (epochs < 1 || epochs > 100) {
            throw new IllegalArgumentException("ner options: epochs must be in [1, 100], got " + epochs);
        }
        if (hashBits < 10 || hashBits > 24) {
            throw new IllegalArgumentException("ner options: hashBits must be in [10, 24], got " + hashBits);
        }
        if (members < 1 || members > NerModel.MAX_MEMBERS) {
            throw new IllegalArgumentException("ner options: members must be in [1, " + NerModel.MAX_MEMBERS
                    + "], got " + members);
        }
    }

    /** The options of ensemble member {@code k} (from 0): one model, seed {@code seed + 1000 k}. */
    public NerOptions member(int k) {
        return new NerOptions(codec, epochs, seed + 1000L * k, hashBits, 1);
    }

    /**
     * The settings of the committed model: three members. Its seed (which also seeds the news clusters and vectors
     * of {@link NerRecipe}) was the best of seven on dev for one model; see docs/ner.md.
     */
    public static NerOptions defaults() {
        return new NerOptions(LabelCodec.BIO, 16, 3L, 21, 3);
    }
}
