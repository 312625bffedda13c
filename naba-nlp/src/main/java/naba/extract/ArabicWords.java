package naba.extract;

import java.util.List;
import naba.normalize.ArabicNormalizer;

/** Small normalized word facts the extractors share. */
final class ArabicWords {
    /** Currency families whose code a nationality fixes: «ريال سعودي» → SAR. */
    static final List<String> CURRENCY_BASES = List.of(normalize("دولار"), normalize("ريال"), normalize("جنيه"),
            normalize("دينار"), normalize("درهم"), normalize("ليرة"));
    /** Broken plurals of those families, each with its singular: «دنانير» → «دينار». */
    static final List<String[]> CURRENCY_PLURALS = List.of(new String[] {normalize("دنانير"), normalize("دينار")},
            new String[] {normalize("دراهم"), normalize("درهم")}, new String[] {normalize("ليرات"), normalize("ليرة")});

    private ArabicWords() {
    }

    static String normalize(String s) {
        return ArabicNormalizer.SEARCH.normalize(s);
    }
}
