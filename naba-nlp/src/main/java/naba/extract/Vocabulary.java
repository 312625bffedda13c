package naba.extract;

import java.util.Collection;

/**
 * The words every extraction word list knows, looked up inside a token without copying it, so that «وبتاريخ»
 * finds «تاريخ» after its proclitics. An open-addressing table of normalized words; each key maps to its canonical
 * word (the definite «العام» also answers to «لعام», so «للعام» finds it after its «ل»).
 */
final class Vocabulary {
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';
    private static final char ALEF = '\u0627';

    /** The search-normalized form of each BMP character: itself, another, {@link #DROP}, or {@link #COMPLEX}. */
    private static final char[] NORMALIZED = new char[0x10000];
    static final char DROP = '\uFFFF';
    static final char COMPLEX = '\uFFFE';

    static {
        for (int c = 0; c < NORMALIZED.length; c++) {
            String one = String.valueOf((char) c);
            String n = Character.isSurrogate((char) c) ? one : naba.normalize.ArabicNormalizer.SEARCH.normalize(one);
            NORMALIZED[c] = n.isEmpty() ? DROP : n.length() == 1 ? n.charAt(0) : COMPLEX;
        }
        NORMALIZED['\u200C'] = COMPLEX; // joiners depend on their neighbours
        NORMALIZED['\u200D'] = COMPLEX;
    }

    private final String[] keys;
    private final String[] canonical;
    /** Keys that stand for a definite word only after a «ل» proclitic («لاحد» in «للأحد»; alone it is «لأحد»). */
    private final boolean[] afterLam;
    private final int mask;

    Vocabulary(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 8));
        keys = new String[size];
        canonical = new String[size];
        afterLam = new boolean[size];
        mask = size - 1;
        for (String w : words) {
            put(w, w);
        }
        for (String w : words) {
            if (w.length() > 3 && w.charAt(0) == ALEF && w.charAt(1) == LAM) {
                String lamForm = LAM + w.substring(2);
                if (find(lamForm, 0) < 0) {
                    afterLam[put(lamForm, w)] = true;
                }
            }
        }
    }

    private int put(String key, String word) {
        int slot = hash(key, 0) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        canonical[slot] = word;
        return slot;
    }

    /**
     * Writes the search-normalized characters of {@code token} into {@code buffer} without making a string; returns
     * their count, or -1 when a character needs the full normalizer (a ligature, a joiner) or the buffer is too short.
     */
    static int normalizeInto(naba.text.Token token, char[] buffer) {
        int length = token.end() - token.start();
        int o = 0;
        for (int i = 0; i < length; i++) {
            char m = NORMALIZED[token.charAt(i)];
            if (m == DROP) {
                continue;
            }
            if (m == COMPLEX || o == buffer.length) {
                return -1;
            }
            buffer[o++] = m;
        }
        return o;
    }

    private static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        return h ^ (h >>> 16);
    }

    private int find(char[] s, int from, int to) {
        int length = to - from;
        int slot = hash(s, from, to) & mask;
        while (keys[slot] != null) {
            String k = keys[slot];
            if (k.length() == length && same(k, s, from)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean same(String key, char[] s, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #resolve(String, String[])}, over the normalized characters {@code buffer[0, length)}. */
    int resolve(char[] buffer, int length, String[] out) {
        int slot = find(buffer, 0, length);
        if (slot >= 0 && !afterLam[slot]) {
            out[0] = canonical[slot];
            return 0;
        }
        int from = 0;
        if (length > 2 && (buffer[0] == WAW || buffer[0] == FEH)) {
            from = 1;
            slot = find(buffer, 1, length);
            if (slot >= 0 && !afterLam[slot]) {
                out[0] = canonical[slot];
                return 1;
            }
        }
        if (length > from + 2) {
            char c = buffer[from];
            if (c == BEH || c == LAM || c == KAF) {
                slot = find(buffer, from + 1, length);
                if (slot >= 0 && (!afterLam[slot] || c == LAM)) {
                    out[0] = canonical[slot];
                    return from + 1;
                }
            }
        }
        return -1;
    }

    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private int find(String s, int from) {
        int length = s.length() - from;
        int slot = hash(s, from) & mask;
        while (keys[slot] != null) {
            String k = keys[slot];
            if (k.length() == length && s.regionMatches(from, k, 0, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Resolves a normalized token: writes the canonical word into {@code out[0]} and returns the length of the
     * proclitics stripped to find it (0 for the whole token), or -1 when no known word is found. Tries the whole
     * token, then without «و»/«ف», then without a following «ب»/«ل»/«ك».
     */
    int resolve(String norm, String[] out) {
        int slot = find(norm, 0);
        if (slot >= 0 && !afterLam[slot]) {
            out[0] = canonical[slot];
            return 0;
        }
        int from = 0;
        if (norm.length() > 2 && (norm.charAt(0) == WAW || norm.charAt(0) == FEH)) {
            from = 1;
            slot = find(norm, 1);
            if (slot >= 0 && !afterLam[slot]) {
                out[0] = canonical[slot];
                return 1;
            }
        }
        if (norm.length() > from + 2) {
            char c = norm.charAt(from);
            if (c == BEH || c == LAM || c == KAF) {
                slot = find(norm, from + 1);
                if (slot >= 0 && (!afterLam[slot] || c == LAM)) {
                    out[0] = canonical[slot];
                    return from + 1;
                }
            }
        }
        return -1;
    }
}
