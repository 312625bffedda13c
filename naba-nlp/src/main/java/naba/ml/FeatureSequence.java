package naba.ml;

import java.util.Arrays;

/**
 * The hashed features of every position of one sequence, stored flat in one growing {@code int[]}: for the words
 * «قال كيري» position 0 holds the ids of {@code w=قال}, {@code suffix2=ال}, ... and position 1 those of
 * {@code w=كيري}, ... Fill it position by position with {@link #nextPosition()} then {@link #add(int)}; reuse one
 * instance per thread with {@link #clear()} so that decoding allocates nothing per token.
 *
 * <p>Not thread-safe: a mutable buffer. {@link #copy()} gives a trimmed snapshot to keep as training data.
 */
public final class FeatureSequence {
    private int[] features;
    private int[] starts;
    private int featureCount;
    private int positions;

    /** An empty sequence with room for about {@code expectedFeatures} ids. */
    public FeatureSequence(int expectedFeatures) {
        features = new int[Math.max(16, expectedFeatures)];
        starts = new int[17];
    }

    public FeatureSequence() {
        this(256);
    }

    /** Forgets every position, keeping the buffers. */
    public void clear() {
        featureCount = 0;
        positions = 0;
    }

    /** Starts the next position; the following {@link #add(int)} calls belong to it. */
    public void nextPosition() {
        if (positions + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[positions] = featureCount;
        positions++;
        starts[positions] = featureCount;
    }

    /** Adds a hashed feature id (see {@link FeatureHash}) to the current position. */
    public void add(int feature) {
        if (positions == 0) {
            throw new IllegalStateException("call nextPosition() before add()");
        }
        if (featureCount == features.length) {
            features = Arrays.copyOf(features, features.length * 2);
        }
        features[featureCount++] = feature;
        starts[positions] = featureCount;
    }

    /** Number of positions. */
    public int size() {
        return positions;
    }

    /** Index in {@link #featureArray()} of the first feature of {@code position}. */
    public int start(int position) {
        return starts[position];
    }

    /** Index in {@link #featureArray()} after the last feature of {@code position}. */
    public int end(int position) {
        return starts[position + 1];
    }

    /** The backing array (read only; valid until the next {@link #add(int)}). */
    public int[] featureArray() {
        return features;
    }

    /**
     * Fills {@code out} (cleared first) with this sequence's features plus, at each position {@code i}, the ids
     * {@code extra[i * perPosition .. (i + 1) * perPosition)}: a second tagging stage's features on top of the first's,
     * without computing the first's again.
     */
    public void withExtras(int[] extra, int perPosition, FeatureSequence out) {
        if (extra.length != positions * perPosition) {
            throw new IllegalArgumentException(extra.length + " extra ids for " + positions + " positions of "
                    + perPosition);
        }
        out.clear();
        for (int p = 0; p < positions; p++) {
            out.nextPosition();
            for (int k = starts[p]; k < starts[p + 1]; k++) {
                out.add(features[k]);
            }
            for (int k = p * perPosition, e = k + perPosition; k < e; k++) {
                out.add(extra[k]);
            }
        }
    }

    /** A trimmed, independent copy. */
    public FeatureSequence copy() {
        FeatureSequence c = new FeatureSequence(featureCount);
        c.features = Arrays.copyOf(features, featureCount);
        c.starts = Arrays.copyOf(starts, positions + 1);
        c.featureCount = featureCount;
        c.positions = positions;
        return c;
    }
}
