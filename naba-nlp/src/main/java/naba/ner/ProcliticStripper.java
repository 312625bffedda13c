package naba.ner;

import java.util.function.Predicate;

/**
 * Decides how many leading proclitic letters (و ف ب ل ك and their combinations وب، ول، فل، وك ...) a token carries
 * before a name, so a mention's span can start after them: «وواشنطن» → و + «واشنطن», «لوزارة» → ل + «وزارة», but
 * «وليد», «فيصل», «بغداد» and «لبنان» are names that only begin with those letters.
 *
 * <p>The decision uses what the model knows: a whole token that is a gazetteer name is kept; a remainder that is a
 * gazetteer name, or clearly more frequent as a word of its own than the whole token, is split off. «للامم» is ل +
 * «لامم», the article «الامم» with its alef dropped, so that remainder is looked up with the article restored.
 * Works on SEARCH-normalized forms; immutable and thread-safe.
 */
final class ProcliticStripper {
    static final char WAW = '\u0648';
    static final char FEH = '\u0641';
    static final char BEH = '\u0628';
    static final char LAM = '\u0644';
    static final char KAF = '\u0643';
    static final char ALEF = '\u0627';
    /** The article, which ل drops letters of («للأمم», {@link #droppedArticleLetters}). */
    static final String ARTICLE = "" + ALEF + LAM;
    /** A remainder must be this many times more frequent than the whole token to be split off by frequency alone. */
    private static final int RATIO = 2;
    /** ...and seen at least this often. */
    private static final int MIN_COUNT = 5;
    private static final int NAME_CLASSES = NerLexicon.LOC | NerLexicon.ORG | NerLexicon.PERS | NerLexicon.FIRST_NAME
            | NerLexicon.LAST_NAME | NerLexicon.COUNTRY;

    private final NerLexicon lexicon;

    ProcliticStripper(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True for the letters that can be proclitics: و ف ب ل ك. */
    static boolean isProcliticLetter(char c) {
        return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
    }

    /** Number of leading characters of the normalized token {@code norm} that are proclitics (0 to 2). */
    int strip(String norm) {
        if (norm.length() < 3 || !isProcliticLetter(norm.charAt(0))) {
            return 0;
        }
        if (isName(norm, 0)) {
            return 0;
        }
        // A known name after one or two proclitics («وبلبنان» = و + ب + «لبنان»): deepest cut first.
        for (int cut = Math.min(2, norm.length() - 3); cut >= 1; cut--) {
            if (validProclitics(norm, cut) && isName(norm, cut)) {
                return cut;
            }
        }
        int cut = 0;
        while (cut < 2 && norm.length() - cut > 2 && validProclitics(norm, cut + 1)) {
            int rest = restCount(norm, cut + 1);
            int whole = lexicon.count(norm, cut, norm.length());
            if (!(rest >= MIN_COUNT && rest >= RATIO * whole)) {
                break;
            }
            cut++;
        }
        return cut;
    }

    /**
     * Where a mention starts: as {@link #strip(String)}, but a ب, ل or ك is left on a name when the rest reads as a
     * conjunction and a word («كونور ماكغريغور», not «ونور ماكغريغور»), and where the counts leave a leading «و» or
     * «ف» on a word that is no known name, it is cut when {@code inText} holds the rest: «ومجدو» is و + «مجدو» in a
     * text that also writes «مجدو».
     */
    int strip(String norm, Predicate<String> inText) {
        int cut = strip(norm);
        if (cut > 0 && conjunctionAfterPreposition(norm, cut)) {
            cut--;
        }
        if (cut == 0 && norm.length() >= 4 && (norm.charAt(0) == WAW || norm.charAt(0) == FEH) && !isName(norm, 0)
                && inText.test(norm.substring(1))) {
            return 1;
        }
        return cut;
    }

    /**
     * True when the cut ends with ب, ل or ك and the rest reads as و or ف and a word: «كونور» (Conor) is not ك +
     * «ونور» (and light), nor «بوروسيا» ب + «وروسيا» (and Russia), since a preposition never comes before the
     * conjunction; the rest without its «و» is the more frequent word («نور», «روسيا»). «لوزارة» stays ل + «وزارة»,
     * «زارة» being no word, and «بوليد» ب + «وليد», a known name.
     */
    private boolean conjunctionAfterPreposition(String norm, int cut) {
        char last = norm.charAt(cut - 1);
        char next = norm.charAt(cut);
        return (last == BEH || last == LAM || last == KAF) && (next == WAW || next == FEH) && norm.length() - cut > 3
                && !isName(norm, cut)
                && lexicon.count(norm, cut + 1, norm.length()) > lexicon.count(norm, cut, norm.length());
    }

    /**
     * What follows {@code cut} proclitic letters of {@code norm}, with the article that ل dropped written again, as
     * the word is written without the ل: «للبنك» → «البنك», «لله» → «الله», «للبنان» → «لبنان».
     */
    String rest(String norm, int cut) {
        return droppedArticle(norm, cut) + norm.substring(cut);
    }

    /** The letters of the article that ل dropped after {@code cut} letters of {@code norm}: «ا», «ال» or none. */
    String droppedArticle(String norm, int cut) {
        return ARTICLE.substring(0, droppedArticleLetters(norm, cut));
    }

    /**
     * How many letters of an article the writing dropped from the remainder after {@code cut} proclitic letters: 1
     * when «للامم» cut after ل reads «الامم» (its alef); 2 when «لله» reads «الله» or «للاذقية» «اللاذقية» (its alef
     * and a lam: ل, the article's lam and a word's first lam are written as two); 0 when «للبنان» reads «لبنان», a name
     * of its own. The reading that is a known name wins, else the more frequent one.
     */
    int droppedArticleLetters(String norm, int cut) {
        long alef = restoredArticle(norm, cut);
        if (alef == 0 || cut + 1 >= norm.length()) {
            return 0;
        }
        long best = WordHash.of(norm, cut, norm.length());
        if (isKnownName(best)) {
            return 0;
        }
        int letters = 0;
        long[] readings = {alef, WordHash.of(ALEF, LAM, norm, cut, norm.length())};
        for (int k = 0; k < readings.length; k++) {
            boolean name = isKnownName(readings[k]);
            if (name && !isKnownName(best)
                    || name == isKnownName(best) && lexicon.count(readings[k]) > lexicon.count(best)) {
                best = readings[k];
                letters = k + 1;
            }
        }
        return letters;
    }

    private boolean isKnownName(long wordHash) {
        return (lexicon.phraseClasses(wordHash) & NAME_CLASSES) != 0;
    }

    /** True when {@code norm[0, cut)} is a proclitic sequence: an optional و/ف, then an optional ب/ل/ك. */
    private static boolean validProclitics(String norm, int cut) {
        int i = 0;
        if (i < cut && (norm.charAt(i) == WAW || norm.charAt(i) == FEH)) {
            i++;
        }
        if (i < cut && (norm.charAt(i) == BEH || norm.charAt(i) == LAM || norm.charAt(i) == KAF)) {
            i++;
        }
        return i == cut;
    }

    /** True when {@code norm} from {@code from} on is a gazetteer name (with a dropped article restored after ل). */
    boolean isName(String norm, int from) {
        if ((lexicon.phraseClasses(WordHash.of(norm, from, norm.length())) & NAME_CLASSES) != 0) {
            return true;
        }
        long restored = restoredArticle(norm, from);
        return restored != 0 && (lexicon.phraseClasses(restored) & NAME_CLASSES) != 0;
    }

    private int restCount(String norm, int from) {
        int plain = lexicon.count(norm, from, norm.length());
        long restored = restoredArticle(norm, from);
        return restored == 0 ? plain : Math.max(plain, lexicon.count(restored));
    }

    /** After a ل, a remainder «لX» is the article «الX» with its alef dropped («للامم» = ل + «الامم»). */
    static long restoredArticle(String norm, int from) {
        if (from > 0 && norm.charAt(from - 1) == LAM && from < norm.length() && norm.charAt(from) == LAM) {
            return WordHash.of(ALEF, LAM, norm, from + 1, norm.length());
        }
        return 0;
    }
}
