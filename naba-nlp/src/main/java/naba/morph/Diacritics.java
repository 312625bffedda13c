package naba.morph;

/**
 * Arabic short-vowel marks: «حُكُومَة» without them is «حكومة». Used to compare vocalized lemmas with plain ones.
 */
public final class Diacritics {
    private static final char FATHATAN = '\u064B';
    private static final char SUKUN = '\u0652';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char TATWEEL = '\u0640';

    private Diacritics() {
    }

    /** True for harakat, tanwin, shadda, sukun, the dagger alef and tatweel. */
    public static boolean isMark(char c) {
        return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF || c == TATWEEL;
    }

    /** {@code s} without {@link #isMark} characters («حُكُومَة» → «حكومة»); returns {@code s} itself if it has none. */
    public static String strip(String s) {
        int i = 0;
        while (i < s.length() && !isMark(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
