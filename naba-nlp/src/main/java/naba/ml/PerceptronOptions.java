package naba.ml;

/**
 * Settings of {@link PerceptronTrainer}. {@code new PerceptronOptions(10, 42L, 20, true, TransitionConstraint.NONE)}
 * trains a Viterbi tagger (e.g. UPOS over the words of «قال كيري») for 10 epochs with seed 42 and 2^20 weight rows.
 *
 * @param epochs      passes over the training data (at least 1)
 * @param seed        seed of the per-epoch shuffle; same seed and data give the same model
 * @param hashBits    log2 of the number of weight rows, in [4, 26]; more rows, fewer collisions, bigger file
 * @param transitions true for first-order Viterbi decoding, false for independent per-position classification
 * @param constraint  forbidden label transitions (also applied to the first position's label)
 */
public record PerceptronOptions(int epochs, long seed, int hashBits, boolean transitions,
        TransitionConstraint constraint) {
    public PerceptronOptions {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (hashBits < 4 || hashBits > 26) {
            throw new IllegalArgumentException("hashBits must be in [4, 26], got " + hashBits);
        }
        if (constraint == null) {
            constraint = TransitionConstraint.NONE;
        }
    }

    /** A Viterbi tagger without constraints. */
    public static PerceptronOptions tagger(int epochs, long seed, int hashBits) {
        return new PerceptronOptions(epochs, seed, hashBits, true, TransitionConstraint.NONE);
    }

    /** A per-position classifier (no transitions). */
    public static PerceptronOptions classifier(int epochs, long seed, int hashBits) {
        return new PerceptronOptions(epochs, seed, hashBits, false, TransitionConstraint.NONE);
    }
}
