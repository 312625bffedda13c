package naba.morph;

/**
 * Precision, recall and F1 of one metric: of 10 gold words and 10 predicted words, 9 aligned gives P = R = F1 = 90.
 *
 * @param gold      gold items
 * @param system    predicted items
 * @param correct   predicted items that match a gold item
 */
public record MorphScore(int gold, int system, int correct) {
    public double precision() {
        return system == 0 ? 0 : 100.0 * correct / system;
    }

    public double recall() {
        return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    public double f1() {
        return gold + system == 0 ? 0 : 200.0 * correct / (gold + system);
    }
}
