package naba.normalize;

import java.text.Normalizer;

/**
 * Orthographic normalization of Arabic text at a {@link NormalizationLevel}. Stateless and thread-safe; one table
 * lookup per character. {@code ArabicNormalizer.SEARCH.normalize("الأميركية")} is «الاميركيه», the same as for
 * «الاميركية».
 *
 * <p>Normalization never changes a document: tokens keep their offsets and carry the normalized form beside them.
 */
public final class ArabicNormalizer {
    public static final ArabicNormalizer LIGHT = new ArabicNormalizer(NormalizationLevel.LIGHT);
    public static final ArabicNormalizer SEARCH = new ArabicNormalizer(NormalizationLevel.SEARCH);

    static final char TATWEEL = '\u0640';
    static final char ALEF = '\u0627';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char ALEF_WASLA = '\u0671';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH = '\u0647';
    static final char HAMZA = '\u0621';
    static final char WAW_HAMZA = '\u0624';
    static final char YEH_HAMZA = '\u0626';
    static final char FARSI_YEH = '\u06CC';
    static final char KEHEH = '\u06A9';
    static final char KAF = '\u0643';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';
    static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    static final char ARABIC_PERCENT = '\u066A';

    /** Marks a character that is dropped. */
    private static final char DROP = '\uFFFF';
    /** Marks a character that expands to several (presentation-form ligatures such as ﻻ → لا). */
    private static final char EXPAND = '\uFFFE';

    private final NormalizationLevel level;
    /** Single-character mapping for the BMP: the mapped char, DROP or EXPAND. */
    private final char[] map = new char[0x10000];
    private final String[] expansions = new String[0x10000];

    private ArabicNormalizer(NormalizationLevel level) {
        this.level = level;
        for (int c = 0; c < map.length; c++) {
            map[c] = (char) c;
        }
        map[EXPAND] = DROP; // the noncharacter U+FFFE is the expansion sentinel; as input it is noise
        buildLight();
        if (level == NormalizationLevel.SEARCH) {
            buildSearch();
        }
    }

    public static ArabicNormalizer of(NormalizationLevel level) {
        return level == NormalizationLevel.LIGHT ? LIGHT : SEARCH;
    }

    public NormalizationLevel level() {
        return level;
    }

    private void buildLight() {
        for (char c : new char[] {'\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', TATWEEL}) {
            map[c] = DROP;
        }
        // Presentation forms: their compatibility decomposition is the base letter(s) (ﻷ → لأ, ﺔ → ة).
        for (int c = 0xFB50; c <= 0xFDFF; c++) {
            mapPresentationForm((char) c);
        }
        for (int c = 0xFE70; c <= 0xFEFE; c++) {
            mapPresentationForm((char) c);
        }
    }

    private void mapPresentationForm(char c) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        // Isolated forms of diacritics decompose with a leading space (ﹰ → " ً"); the space is not part of the mark.
        if (base.length() > 1 && base.charAt(0) == ' ') {
            base = base.substring(1);
        }
        if (base.equals(String.valueOf(c))) {
            return;
        }
        if (base.length() == 1) {
            map[c] = base.charAt(0);
        } else {
            map[c] = EXPAND;
            expansions[c] = base;
        }
    }

    private void buildSearch() {
        for (char c : new char[] {ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA}) {
            map[c] = ALEF;
        }
        map[ALEF_MAKSURA] = YEH;
        map[TEH_MARBUTA] = HEH;
        // Hamza seats vary by region (مسؤول / مسئول, شؤون / شئون): both seats become the bare hamza.
        map[WAW_HAMZA] = HAMZA;
        map[YEH_HAMZA] = HAMZA;
        map[FARSI_YEH] = YEH;
        map[KEHEH] = KAF;
        for (int c = 0x064B; c <= 0x065F; c++) {
            map[c] = DROP;
        }
        map[SUPERSCRIPT_ALEF] = DROP;
        for (int d = 0; d < 10; d++) {
            map[0x0660 + d] = (char) ('0' + d);
            map[0x06F0 + d] = (char) ('0' + d);
        }
        map[ARABIC_DECIMAL_SEPARATOR] = '.';
        map[ARABIC_THOUSANDS_SEPARATOR] = ',';
        map[ARABIC_PERCENT] = '%';
        // Expansions of presentation forms must be normalized too (ﻷ → لأ → لا).
        for (int c = 0; c < expansions.length; c++) {
            if (expansions[c] != null) {
                expansions[c] = normalizeSimple(expansions[c]);
            } else if (map[c] != DROP && map[c] != EXPAND && map[c] != c) {
                char once = map[c];
                if (map[once] != once) {
                    map[c] = map[once];
                }
            }
        }
    }

    private String normalizeSimple(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char m = map[s.charAt(i)];
            if (m != DROP && m != EXPAND) {
                out.append(m);
            }
        }
        return out.toString();
    }

    /** Normalizes the whole of {@code text}. Returns {@code text} itself when nothing changes. */
    public String normalize(String text) {
        return normalize(text, 0, text.length());
    }

    /**
     * Normalizes {@code text[start, end)}. Returns the same characters (a substring, or the string itself) without
     * copying twice when nothing changes.
     */
    public String normalize(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (map[c] != c || isJoiner(c)) {
                break;
            }
            i++;
        }
        if (i == end) {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(text, start, i);
        appendNormalized(text, start, i, end, out);
        return out.toString();
    }

    /**
     * The normalized form of {@code text[start, end)}, or null when it equals those characters. {@code scratch} is
     * a work buffer the caller reuses across calls; a larger one is returned through {@code scratch[0]} when needed.
     */
    public String normalizedOrNull(char[] text, int start, int end, char[][] scratch) {
        int i = start;
        while (i < end) {
            char c = text[i];
            if (map[c] != c || isJoiner(c)) {
                break;
            }
            i++;
        }
        if (i == end) {
            return null;
        }
        int length = end - start;
        char[] out = scratch[0];
        if (out == null || out.length < length * maxExpansion()) {
            out = new char[Math.max(64, length * maxExpansion())];
            scratch[0] = out;
        }
        System.arraycopy(text, start, out, 0, i - start);
        int o = i - start;
        for (int j = i; j < end; j++) {
            char c = text[j];
            char m = map[c];
            if (m == DROP) {
                continue;
            }
            if (isJoiner(c)) {
                if (!joinerIsMeaningless(text, start, end, j)) {
                    out[o++] = c;
                }
            } else if (m == EXPAND) {
                String e = expansions[c];
                e.getChars(0, e.length(), out, o);
                o += e.length();
            } else {
                out[o++] = m;
            }
        }
        return new String(out, 0, o);
    }

    /** Appends the normalized form of {@code text[start, end)} to {@code out}. */
    public void normalize(CharSequence text, int start, int end, StringBuilder out) {
        appendNormalized(text, start, start, end, out);
    }

    /**
     * Normalizes {@code buffer[0, length)} into {@code out}, which must hold at least {@code 4 * length} chars
     * (presentation-form ligatures expand); returns the new length. For Lucene-style in-buffer filters.
     */
    public int normalize(char[] buffer, int length, char[] out) {
        int o = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char m = map[c];
            if (m == DROP) {
                continue;
            }
            if (isJoiner(c)) {
                if (joinerIsMeaningless(buffer, length, i)) {
                    continue;
                }
                out[o++] = c;
            } else if (m == EXPAND) {
                String e = expansions[c];
                e.getChars(0, e.length(), out, o);
                o += e.length();
            } else {
                out[o++] = m;
            }
        }
        return o;
    }

    /** The most characters {@link #normalize(char[], int, char[])} writes per input character. */
    public static int maxExpansion() {
        return 18; // U+FDFA «ﷺ» expands to «صلى الله عليه وسلم»
    }

    /** Appends the normalized {@code text[from, end)}; {@code start} bounds the context joiners look at. */
    private void appendNormalized(CharSequence text, int start, int from, int end, StringBuilder out) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            char m = map[c];
            if (m == DROP) {
                continue;
            }
            if (isJoiner(c)) {
                if (!joinerIsMeaningless(text, start, end, i)) {
                    out.append(c);
                }
            } else if (m == EXPAND) {
                out.append(expansions[c]);
            } else {
                out.append(m);
            }
        }
    }

    private static boolean isJoiner(char c) {
        return c == ZWJ || c == ZWNJ;
    }

    /** A joiner matters only inside emoji sequences (👨‍👩‍👧); next to Arabic letters or spaces it is noise. */
    private static boolean joinerIsMeaningless(CharSequence text, int start, int end, int i) {
        char before = i > start ? text.charAt(i - 1) : ' ';
        char after = i + 1 < end ? text.charAt(i + 1) : ' ';
        return !(isEmojiPart(before) && isEmojiPart(after));
    }

    private static boolean joinerIsMeaningless(char[] text, int length, int i) {
        return joinerIsMeaningless(text, 0, length, i);
    }

    private static boolean joinerIsMeaningless(char[] text, int start, int end, int i) {
        char before = i > start ? text[i - 1] : ' ';
        char after = i + 1 < end ? text[i + 1] : ' ';
        return !(isEmojiPart(before) && isEmojiPart(after));
    }

    private static boolean isEmojiPart(char c) {
        return Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF') || c == '\uFE0F';
    }

    /** True for Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef), U+064B–U+065F and U+0670. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF;
    }
}
