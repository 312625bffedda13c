package naba.ml;

/**
 * Called by {@link PerceptronTrainer} after each epoch with the averaged model so far, e.g. to print dev accuracy
 * and keep the best epoch's model.
 */
@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = (epoch, model, mistakes) -> { };

    /**
     * @param epoch    1-based epoch number
     * @param model    the averaged model after this epoch (independent of later training)
     * @param mistakes number of training positions mislabelled during this epoch
     */
    void epochFinished(int epoch, SequenceModel model, long mistakes);
}
