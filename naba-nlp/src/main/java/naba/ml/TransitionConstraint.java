package naba.ml;

/**
 * Which label may follow which: for BIO entity labels, {@code I-PERS} only after {@code B-PERS} or {@code I-PERS}.
 * Decoding never produces a forbidden pair; training respects it too. {@code previous} is {@link #START} for the
 * first position.
 */
@FunctionalInterface
public interface TransitionConstraint {
    /** The previous label id of the first position. */
    int START = -1;

    /** Every transition allowed. */
    TransitionConstraint NONE = (previous, next) -> true;

    boolean allowed(int previous, int next);
}
