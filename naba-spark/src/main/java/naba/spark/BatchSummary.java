package naba.spark;

/**
 * What one batch run did, printed at the end: {@code 31030 articles (8815121 words), 0 errors, 559 exact and 2617
 * near-duplicate groups, 1234 stories in 412.0 s = 21400 words/s}.
 *
 * @param articles    articles analyzed
 * @param errors      records that landed in the errors table
 * @param words       white-space separated words of the analyzed texts
 * @param exactGroups exact-duplicate groups
 * @param nearGroups  near-duplicate groups
 * @param stories     stories with at least two articles
 * @param seconds     wall time of the whole job, reading and writing included
 */
public record BatchSummary(long articles, long errors, long words, int exactGroups, int nearGroups, int stories,
                           double seconds) {
    public double wordsPerSecond() {
        return seconds == 0 ? 0 : words / seconds;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d articles (%d words), %d errors, %d exact and %d near-duplicate groups, %d stories in %.1f s = %.0f words/s",
                articles, words, errors, exactGroups, nearGroups, stories, seconds, wordsPerSecond());
    }
}
