package naba.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds ministries by their head word: «وزارة» and the definite words after it, «وزارة الصحة السعودية», «لوزارة
 * الاقتصاد والتجارة». ANERcorp leaves ministries untagged, so the trained model rarely marks them; a reader of news
 * wants them as organizations. Works on the tagger's normalized forms; stateless.
 */
final class MinistryNames {
    private static final String HEAD = "وزاره";
    private static final String ARTICLE = "ال";
    /**
     * Definite words that end the name: to, which, who, now, today, and the titles of a person named after it
     * («المتحدث باسم وزارة الداخلية اللواء منصور التركي»).
     */
    private static final Set<String> NOT_NAME = Set.of("الي", "التي", "الذي", "الذين", "اللذين", "الان", "اليوم",
            "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "الدكتور", "الشيخ", "الامير",
            "السفير", "الوزير", "المهندس", "الاستاذ", "السيد", "الرئيس", "المتحدث", "الناطق");
    /** Definite words a ministry's name runs over at most («وزارة الشؤون الاجتماعية والعمل السورية»). */
    private static final int MAX_WORDS = 4;

    private MinistryNames() {
    }

    /** A ministry over tokens {@code [start, end)}, its name starting {@code cut} characters into the first token. */
    record Span(int start, int end, int cut) {
    }

    /** The ministries of one sentence's normalized tokens. */
    static List<Span> find(String[] norms, ProcliticStripper stripper) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < norms.length; i++) {
            // Cheap test first: the stripper's lookups run only on tokens that end in the head.
            if (!norms[i].endsWith(HEAD) || norms[i].length() > HEAD.length() + 2) {
                continue;
            }
            int cut = stripper.strip(norms[i]);
            if (norms[i].length() != cut + HEAD.length()) {
                continue;
            }
            int end = i + 1;
            while (end < norms.length && end - i <= MAX_WORDS && definite(norms[end], end > i + 1)) {
                end++;
            }
            if (end > i + 1) {
                out.add(new Span(i, end, cut));
                i = end - 1;
            }
        }
        return out;
    }

    /** «الصحة», and after the first word also «والتجارة». */
    private static boolean definite(String norm, boolean conjunctionAllowed) {
        int from = conjunctionAllowed && norm.startsWith("و" + ARTICLE) ? 1 : 0;
        return norm.startsWith(ARTICLE, from) && norm.length() - from >= 4 && !NOT_NAME.contains(norm.substring(from));
    }
}
