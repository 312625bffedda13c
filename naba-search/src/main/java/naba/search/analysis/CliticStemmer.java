package naba.search.analysis;

/**
 * A conservative light stemmer over {@link naba.normalize.ArabicNormalizer#SEARCH search-normalized} Arabic words
 * that keeps ambiguity instead of guessing. Some affixes are certain («ال», «وال», «بال», «لل», the plurals «ات»,
 * «يين», «يون», pronouns «ها», «هم», «هما», «هن», «كم», the final «ه» of «ة»), and are always removed. Others are
 * also letters of common stems: «و» in «وزير», «ب» in «بريطانيا», «ين» in «فلسطين», «ان» in «لبنان», the nisba «ي».
 * For those the stemmer returns every reading, and the filter indexes them at one position, so «فلسطين»,
 * «الفلسطينيين» and «فلسطيني» share the term «فلسطين» while «لبنان» is never «لبن» (a stem keeps at least three
 * letters, four before an ambiguous «ان», «ين», «ون» or «ي»).
 *
 * <p>Stateless and thread-safe; no allocation: readings are {@code [start, end)} ranges of the input buffer.
 */
public final class CliticStemmer {
    /** At most this many readings per word. */
    public static final int MAX_READINGS = 6;

    static final char ALEF = '\u0627';
    static final char BEH = '\u0628';
    static final char TEH = '\u062A';
    static final char FEH = '\u0641';
    static final char KAF = '\u0643';
    static final char LAM = '\u0644';
    static final char MEEM = '\u0645';
    static final char NOON = '\u0646';
    static final char HEH = '\u0647';
    static final char WAW = '\u0648';
    static final char YEH = '\u064A';

    /** Definite-article prefixes, longest first: «وبال», «فبال», «وكال», «فكال», «ولل», «فلل», «وال», ... */
    private static final char[][] ARTICLES = {
        {WAW, BEH, ALEF, LAM}, {FEH, BEH, ALEF, LAM}, {WAW, KAF, ALEF, LAM}, {FEH, KAF, ALEF, LAM},
        {WAW, LAM, LAM}, {FEH, LAM, LAM}, {WAW, ALEF, LAM}, {FEH, ALEF, LAM}, {BEH, ALEF, LAM}, {KAF, ALEF, LAM},
        {LAM, LAM}, {ALEF, LAM},
    };
    private static final int MIN_STEM = 3;

    /**
     * Writes the readings of {@code word[0, length)} as {@code [start, end)} pairs into {@code out} (which holds at
     * least {@code 2 * MAX_READINGS} ints) and returns how many there are; the first is the primary reading.
     */
    public int stem(char[] word, int length, int[] out) {
        int count = 0;
        int article = articleLength(word, length);
        if (article > 0) {
            count = suffixReadings(word, article, length, out, count);
        } else {
            count = suffixReadings(word, 0, length, out, count);
            char first = length > 0 ? word[0] : 0;
            if (first == WAW && length - 1 >= MIN_STEM) {
                count = suffixReadings(word, 1, length, out, count);
                char second = word[1];
                if ((second == BEH || second == LAM || second == KAF) && length - 2 >= MIN_STEM) {
                    count = suffixReadings(word, 2, length, out, count);
                }
            } else if (first == FEH && length - 1 > MIN_STEM) {
                // «ف» starts many stems («فلسطين», «فرنسا»), so it is read as a conjunction only before 4 letters.
                count = suffixReadings(word, 1, length, out, count);
            } else if ((first == BEH || first == LAM || first == KAF) && length - 1 >= MIN_STEM) {
                count = suffixReadings(word, 1, length, out, count);
            }
        }
        return count;
    }

    private static int articleLength(char[] word, int length) {
        for (char[] article : ARTICLES) {
            if (length - article.length >= MIN_STEM && startsWith(word, 0, article)) {
                return article.length;
            }
        }
        return 0;
    }

    /** Adds the suffix readings of {@code word[start, end)}. */
    private static int suffixReadings(char[] word, int start, int end, int[] out, int count) {
        int e = end;
        // Pronoun suffixes; a «ت» left before them is the «ة» of a construct state: «حكومتها» → «حكوم».
        if (e - start - 3 >= MIN_STEM && endsWith(word, e, HEH, MEEM, ALEF)) {
            e -= 3;
        } else if (e - start - 2 >= MIN_STEM && (endsWith(word, e, HEH, ALEF) || endsWith(word, e, HEH, MEEM)
                || endsWith(word, e, HEH, NOON) || endsWith(word, e, KAF, MEEM))) {
            e -= 2;
        }
        if (e < end && e - start - 1 >= MIN_STEM && word[e - 1] == TEH) {
            e--;
        }
        // Plurals: nisba plurals and «ات» are certain; «ون», «ين», «ان» are also stem endings, so both readings.
        if (e - start - 3 >= MIN_STEM + 1 && (endsWith(word, e, YEH, ALEF, TEH) || endsWith(word, e, YEH, WAW, NOON)
                || endsWith(word, e, YEH, YEH, NOON))) {
            return add(out, count, start, e - 3);
        }
        if (e - start - 2 >= MIN_STEM && endsWith(word, e, ALEF, TEH)) {
            return add(out, count, start, e - 2);
        }
        if (e - start - 2 >= MIN_STEM + 1 && (endsWith(word, e, WAW, NOON) || endsWith(word, e, YEH, NOON)
                || endsWith(word, e, ALEF, NOON))) {
            count = add(out, count, start, e);
            return add(out, count, start, e - 2);
        }
        // «ة» (normalized to «ه») is certain; the nisba «ي» may be a stem letter («كيري»), so both readings.
        if (e - start - 1 >= MIN_STEM && word[e - 1] == HEH) {
            e--;
        }
        if (e - start - 1 >= MIN_STEM + 1 && word[e - 1] == YEH) {
            count = add(out, count, start, e);
            return add(out, count, start, e - 1);
        }
        return add(out, count, start, e);
    }

    private static int add(int[] out, int count, int start, int end) {
        if (count >= MAX_READINGS) {
            return count;
        }
        for (int i = 0; i < count; i++) {
            if (out[2 * i] == start && out[2 * i + 1] == end) {
                return count;
            }
        }
        out[2 * count] = start;
        out[2 * count + 1] = end;
        return count + 1;
    }

    private static boolean startsWith(char[] word, int at, char[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (word[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] word, int end, char a, char b) {
        return end >= 2 && word[end - 2] == a && word[end - 1] == b;
    }

    private static boolean endsWith(char[] word, int end, char a, char b, char c) {
        return end >= 3 && word[end - 3] == a && word[end - 2] == b && word[end - 1] == c;
    }
}
