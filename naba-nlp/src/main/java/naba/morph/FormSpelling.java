package naba.morph;

import java.util.Map;

/**
 * Restores the spelling PADT gives a stem the classifier split off an unseen token: the hamza of an initial alef
 * («اصحابه» → «أصحاب» + «ه») or of an alef one or two letters in («وتاكيد» → «و» + «تأكيد»), teh marbuta before a pronoun («معيشتهم» → «معيشة» + «هم») and alef maksura
 * («مداها» → «مدى» + «ها»). Among the spelling variants, the one seen most often as a PADT training word wins,
 * then the one most frequent in news text; ties keep the classifier's form. Immutable, thread-safe.
 */
final class FormSpelling {
    static final int BITS = 18;
    private static final char ALEF = '\u0627';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_MADDA = '\u0622';
    private static final char TEH = '\u062A';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char LAM = '\u0644';
    private static final char[] ALEFS = {ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA};

    private final byte[] padtForms;
    private final CorpusStatistics news;

    FormSpelling(byte[] padtForms, CorpusStatistics news) {
        if (padtForms.length != 2 << BITS) {
            throw new IllegalArgumentException("form table must have 2^" + (BITS + 1) + " entries");
        }
        this.padtForms = padtForms;
        this.news = news;
    }

    byte[] table() {
        return padtForms;
    }

    /** A table of (fingerprint, log count) byte pairs of the given training word forms. */
    static byte[] table(Map<String, Integer> formCounts) {
        byte[] t = new byte[2 << BITS];
        for (Map.Entry<String, Integer> e : formCounts.entrySet()) {
            int v = Math.min(15, 32 - Integer.numberOfLeadingZeros(e.getValue()));
            int s = slot(e.getKey());
            if (t[2 * s + 1] < v) {
                t[2 * s] = CorpusStatistics.fingerprint(e.getKey());
                t[2 * s + 1] = (byte) v;
            }
        }
        return t;
    }

    private static int slot(CharSequence s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return (h * 0x9E3779B9) >>> (32 - BITS);
    }

    private int score(String form) {
        int s = slot(form);
        int padt = padtForms[2 * s] == CorpusStatistics.fingerprint(form) ? padtForms[2 * s + 1] : 0;
        return padt * 32 + news.logCount(form);
    }

    /** The best spelling of {@code stem}; {@code beforeEnclitic} allows the teh marbuta and alef maksura variants. */
    String restore(String stem, boolean beforeEnclitic) {
        int n = stem.length();
        if (n < 2) {
            return stem;
        }
        int p = n > 3 && stem.charAt(0) == ALEF && stem.charAt(1) == LAM ? 2 : 0;
        char last = stem.charAt(n - 1);
        boolean teh = beforeEnclitic && (last == TEH || last == TEH_MARBUTA);
        boolean maksura = beforeEnclitic && (last == ALEF || last == ALEF_MAKSURA) && n - 1 > p;
        char[] lasts = teh ? new char[] {TEH, TEH_MARBUTA} : maksura ? new char[] {ALEF, ALEF_MAKSURA}
                : new char[] {last};
        String best = stem;
        int bestScore = score(stem);
        char[] c = stem.toCharArray();
        // One alef respelled (at the start, after the article, or one or two letters in: «تاكيد» → «تأكيد»),
        // combined with each ending variant.
        int[] positions = {-1, 0, p, p + 1, p + 2};
        for (int k = 0; k < positions.length; k++) {
            int pos = positions[k];
            if (pos >= 0 && (pos >= n - 1 || !isAlef(stem.charAt(pos)) || (k > 1 && pos == 0)
                    || (k > 2 && pos == p))) {
                continue;
            }
            char[] firsts = pos < 0 ? new char[] {0} : ALEFS;
            for (char f : firsts) {
                for (char l : lasts) {
                    c = stem.toCharArray();
                    if (pos >= 0) {
                        c[pos] = f;
                    }
                    c[n - 1] = l;
                    String v = new String(c);
                    if (v.equals(stem)) {
                        continue;
                    }
                    int s = score(v);
                    if (s > bestScore) {
                        best = v;
                        bestScore = s;
                    }
                }
            }
        }
        return best;
    }

    private static boolean isAlef(char c) {
        return c == ALEF || c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA;
    }
}
