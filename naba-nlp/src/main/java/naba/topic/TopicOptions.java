package naba.topic;

/**
 * How {@link TopicTrainer} trains: e.g. {@code new TopicOptions(1 << 19, 12, 0.5, 2018L)} for a model that tells
 * «الدوري» (sport) from «البورصة» (economy).
 *
 * @param buckets      size of the hashed feature space, a power of two (the model holds buckets × labels weights)
 * @param epochs       passes of stochastic gradient descent over the training articles
 * @param learningRate initial step size; it decays as {@code rate / (1 + epoch)}
 * @param seed         seeds the shuffle, so equal inputs give byte-identical models
 */
public record TopicOptions(int buckets, int epochs, double learningRate, long seed) {
    public static final TopicOptions DEFAULT = new TopicOptions(1 << 19, 12, 0.5, 2018L);

    public TopicOptions {
        if (buckets < 2 || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("topic buckets must be a power of two >= 2, got " + buckets);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("topic epochs must be >= 1, got " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("topic learning rate must be > 0, got " + learningRate);
        }
    }
}
