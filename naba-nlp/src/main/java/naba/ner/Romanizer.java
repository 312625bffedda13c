package naba.ner;

import naba.normalize.ArabicNormalizer;

/**
 * A readable romanization of Arabic names for entities no gazetteer knows: «لافروف» → «Lafruf», «الخارجية الروسية»
 * → «al-Kharijiya al-Rusiya», «محمد بن عبد العزيز الفيصل» → «Mohammed bin Abdel Aziz al-Faisal». Common name words
 * take their usual press spelling from a table ({@code romanized-names.tsv}), since the short vowels they need are
 * not written; other letters map to common English-style spellings, و and ي between consonants become the vowels u
 * and i, the article becomes «al-», and each word is capitalized. Not a standard transliteration; Latin text passes
 * through. Stateless.
 */
public final class Romanizer {
    static final String NAMES_RESOURCE = "naba/ner/romanized-names.tsv";
    /** Name word → Latin spelling. */
    private static final LatinSpellings NAMES = LatinSpellings.resource(NAMES_RESOURCE);

    private static final String[] LETTERS = new String[0x0680];

    static {
        String[][] map = {
            {"\u0621", "'"}, {"\u0622", "a"}, {"\u0623", "a"}, {"\u0624", "'"}, {"\u0625", "i"}, {"\u0626", "'"},
            {"\u0627", "a"}, {"\u0628", "b"}, {"\u0629", "a"}, {"\u062A", "t"}, {"\u062B", "th"}, {"\u062C", "j"},
            {"\u062D", "h"}, {"\u062E", "kh"}, {"\u062F", "d"}, {"\u0630", "dh"}, {"\u0631", "r"}, {"\u0632", "z"},
            {"\u0633", "s"}, {"\u0634", "sh"}, {"\u0635", "s"}, {"\u0636", "d"}, {"\u0637", "t"}, {"\u0638", "z"},
            {"\u0639", "'"}, {"\u063A", "gh"}, {"\u0641", "f"}, {"\u0642", "q"}, {"\u0643", "k"}, {"\u0644", "l"},
            {"\u0645", "m"}, {"\u0646", "n"}, {"\u0647", "h"}, {"\u0648", "w"}, {"\u0649", "a"}, {"\u064A", "y"},
            {"\u0671", "a"},
        };
        for (String[] m : map) {
            LETTERS[m[0].charAt(0)] = m[1];
        }
    }

    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';

    private Romanizer() {
    }

    /** The romanization of {@code arabic}; words are separated by single spaces. */
    public static String romanize(String arabic) {
        StringBuilder out = new StringBuilder(arabic.length() + 8);
        String[] words = ArabicNormalizer.LIGHT.normalize(arabic).strip().split("\\s+");
        for (int k = 0; k < words.length; k++) {
            String word = stripMarks(words[k]);
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            // «عبد العزيز» → Abdel Aziz, «عبد الله» → Abdullah: the servant-of compound, as the press writes it.
            if (ABD.equals(search(word)) && k + 1 < words.length && hasArticle(stripMarks(words[k + 1]))) {
                String next = stripMarks(words[++k]);
                if (ALLAH.equals(search(next))) {
                    out.append("Abdullah");
                } else {
                    out.append("Abdel ");
                    appendWord(next.substring(2), out);
                }
                continue;
            }
            // Inside a name, «للسياحة» → lil-Siyaha and «والتراث» → wal-Tarath: a proclitic before the article.
            String key = k > 0 && NAMES.get(word) == null ? search(word) : "";
            if (key.length() >= 5 && key.startsWith(LIL) && key.charAt(2) != LAM) {
                out.append("lil-");
                appendWord(word.substring(word.indexOf(LAM, word.indexOf(LAM) + 1) + 1), out);
                continue;
            }
            // «لكرة القدم» → li-Kurat al-Qadam: a ل before a word the table knows.
            String afterLam = key.length() >= 4 && key.charAt(0) == LAM && key.charAt(1) != LAM
                    ? NAMES.get(word.substring(1)) : null;
            if (afterLam != null) {
                out.append("li-").append(afterLam);
                continue;
            }
            if (key.length() >= 6 && key.startsWith(WAL)) {
                out.append("wal-");
                appendWord(word.substring(word.indexOf(LAM) + 1), out);
                continue;
            }
            appendWord(word, out);
        }
        return out.toString();
    }

    private static final String LIL = "\u0644\u0644";
    private static final String WAL = "\u0648\u0627\u0644";

    private static final String ABD = "\u0639\u0628\u062F";
    private static final String ALLAH = "\u0627\u0644\u0644\u0647";

    private static String search(String word) {
        return ArabicNormalizer.SEARCH.normalize(word);
    }

    private static boolean hasArticle(String w) {
        return w.length() > 3 && w.charAt(0) == ALEF && w.charAt(1) == LAM;
    }

    private static void appendWord(String w, StringBuilder out) {
        String key = search(w);
        String known = NAMES.get(w);
        if (known != null) {
            out.append(known);
            return;
        }
        // «عبدالعزيز» written as one word: Abdelaziz.
        if (key.length() > ABD.length() + 3 && key.startsWith(ABD) && hasArticle(key.substring(ABD.length()))) {
            if (ALLAH.equals(key.substring(ABD.length()))) {
                out.append("Abdullah");
                return;
            }
            StringBuilder rest = new StringBuilder();
            appendWord(w.substring(w.indexOf(ALEF) + 2), rest);
            out.append("Abdel").append(rest.toString().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        int from = 0;
        if (hasArticle(w)) {
            String rest = NAMES.get(w.substring(2));
            out.append("al-");
            if (rest != null) {
                out.append(rest);
                return;
            }
            from = 2;
        }
        int wordStart = out.length();
        boolean vowelBefore = false;
        for (int i = from; i < w.length(); i++) {
            char c = w.charAt(i);
            String latin = c < LETTERS.length ? LETTERS[c] : null;
            if (latin == null) {
                out.append(c);
                continue;
            }
            boolean first = i == from;
            boolean last = i == w.length() - 1;
            if ((c == WAW || c == YEH) && !first) {
                // A و or ي written for a consonant (w, y) is no vowel: «يورك» → Yurk, «ويلز» → Wilz.
                boolean afterVowel = vowelBefore;
                boolean beforeVowel = !last && (w.charAt(i + 1) == ALEF || w.charAt(i + 1) == '\u0629');
                if (!afterVowel && !beforeVowel) {
                    latin = c == WAW ? "u" : "i";
                } else if (!afterVowel && c == YEH) {
                    latin = "iy"; // «الروسية» → al-Rusiya, «سوريا» → Suriya
                }
            }
            // «نج» ending a name word is a foreign «ng»: «يونج» → Yung, «وانج» → Wang.
            if (c == '\u062C' && last && i > from && w.charAt(i - 1) == '\u0646') {
                latin = "g";
            }
            if (c == ALEF && first && from == 0 && i + 1 < w.length()) {
                latin = "a";
            }
            out.append(latin);
            vowelBefore = c == ALEF || latin.equals("u") || latin.equals("i") || latin.equals("iy");
            // Unwritten short vowel: two consonants at the start of a word get an «a» between them
            // («سمير» → Samir, «بشار» → Bashar).
            if (first && w.length() - from > 2 && isConsonant(c) && isConsonant(w.charAt(i + 1))) {
                out.append('a');
            }
        }
        // Capitalize the first letter after the article.
        for (int i = wordStart; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
                break;
            }
        }
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0628' && c <= '\u064A' && c != WAW && c != YEH && c != '\u0629' && c != '\u0649';
    }

    private static String stripMarks(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!naba.normalize.ArabicNormalizer.isDiacritic(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
