package naba.ml;

/**
 * Hashes feature strings to {@code int} ids without allocating: a feature is a template number plus the characters
 * of its value, e.g. template 3 "suffix of length 2" with the characters {@code "ون"} of a token. The id is then
 * added to a {@link FeatureSequence}; a {@link SequenceModel} folds ids into its weight table.
 *
 * <p>All functions are pure and stable across runs and JVMs (no {@code String.hashCode} randomization is involved),
 * so a model trained on one machine decodes identically on another.
 */
public final class FeatureHash {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private FeatureHash() {
    }

    /** Id of the feature {@code template} with the characters {@code s[from, to)} as value. */
    public static int of(int template, CharSequence s, int from, int to) {
        int h = seed(template);
        for (int i = from; i < to; i++) {
            h = mix(h, s.charAt(i));
        }
        return finish(h, to - from);
    }

    /** Id of the feature {@code template} with the characters {@code s[from, to)} as value. */
    public static int of(int template, char[] s, int from, int to) {
        int h = seed(template);
        for (int i = from; i < to; i++) {
            h = mix(h, s[i]);
        }
        return finish(h, to - from);
    }

    /** Id of the feature {@code template} with one integer value (a class, a cluster id, a length). */
    public static int of(int template, int value) {
        return finish(mix(seed(template), value), 1);
    }

    /** Id of the feature {@code template} with two integer values. */
    public static int of(int template, int a, int b) {
        return finish(mix(mix(seed(template), a), b), 2);
    }

    /** Conjoins a feature id with another id (e.g. a string feature with a neighbour's class). */
    public static int combine(int feature, int other) {
        return finish(mix(mix(seed(0x5bd1e995), feature), other), 2);
    }

    private static int seed(int template) {
        return 0x9747b28c ^ (template * 0x85ebca6b);
    }

    private static int mix(int h, int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        k *= C2;
        h ^= k;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    private static int finish(int h, int length) {
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
