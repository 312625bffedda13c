package naba.summary;

/**
 * How long a summary may be: at most {@code sentences} whole sentences and at most {@code words} word tokens; 0
 * means no limit on that measure, and at least one limit must be set. {@code new SummaryOptions(2, 0)} gives two
 * sentences of «افتتحت البلدية جسرا جديدا ...»; {@code new SummaryOptions(0, 40)} as many whole sentences as fit in 40
 * words. Sentences are never cut, so a word limit shorter than every sentence gives an empty summary.
 *
 * @param sentences maximum number of sentences, 0 for none
 * @param words     maximum number of word tokens (Arabic, Latin, numbers), 0 for none
 */
public record SummaryOptions(int sentences, int words) {
    /** One sentence: a news lead is about two lines, the length of an editor's teaser. */
    public static final SummaryOptions DEFAULT = new SummaryOptions(1, 0);

    public SummaryOptions {
        if (sentences < 0 || words < 0) {
            throw new IllegalArgumentException("summary length must not be negative: " + sentences + " sentences, "
                    + words + " words");
        }
        if (sentences == 0 && words == 0) {
            throw new IllegalArgumentException("summary length: set a sentence limit, a word limit or both");
        }
    }
}
