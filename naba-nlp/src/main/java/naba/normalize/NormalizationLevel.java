package naba.normalize;

/**
 * How far {@link ArabicNormalizer} goes.
 *
 * <ul>
 *   <li>{@link #LIGHT} only cleans: removes bidi controls, meaningless ZWJ/ZWNJ and tatweel, and maps presentation
 *       forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters. «الـحـكومة» → «الحكومة».</li>
 *   <li>{@link #SEARCH} also unifies spellings for matching: أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء, Persian ی ک → ي ك,
 *       strips diacritics (U+064B–U+065F, U+0670), and maps Arabic-Indic and Persian digits, ٫ ٬ ٪ to ASCII.
 *       «الأُمَم» → «الامم», «١٥٪» → «15%».</li>
 * </ul>
 */
public enum NormalizationLevel {
    LIGHT,
    SEARCH
}
