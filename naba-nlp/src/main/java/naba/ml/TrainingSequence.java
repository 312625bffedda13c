package naba.ml;

/**
 * One training example: the features of each position and the gold label id of each position. For «قال كيري»
 * tagged {@code VERB X}: two positions, labels {@code [id(VERB), id(X)]}.
 *
 * @param features the features (keep a {@link FeatureSequence#copy()}, not a reused buffer)
 * @param labels   gold label ids, one per position
 */
public record TrainingSequence(FeatureSequence features, int[] labels) {
    public TrainingSequence {
        if (features.size() != labels.length) {
            throw new IllegalArgumentException("training sequence has " + features.size() + " positions but "
                    + labels.length + " labels");
        }
    }
}
