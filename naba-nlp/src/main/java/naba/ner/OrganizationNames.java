package naba.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organizations by their head word, in the two shapes official bodies' names take in Arabic news:
 * <ul>
 *   <li>a head in construct with definite words: «وزارة الصحة السعودية», «هيئة الهلال الأحمر السعودي», «لوزارة
 *   الاقتصاد والتجارة»;</li>
 *   <li>a definite head, definite adjectives, then what it is for after «ل»: «الهيئة العامة للرياضة», «المكتب الوطني
 *   للسكك الحديدية», «الاتحاد السعودي لكرة القدم».</li>
 * </ul>
 * ANERcorp leaves most such names untagged (none of its 37 ministries), so the trained model rarely marks them; a
 * reader of news wants them. Heads that also begin common phrases («صندوق الاقتراع», «مركز المدينة») count only in
 * the second, more specific shape; «حزب» only in the first («حزب الكتائب»). Works on the tagger's normalized forms;
 * stateless.
 */
final class OrganizationNames {
    /** Heads of the first shape (also allowed in the second), in the tagger's normalized form. */
    private static final List<String> CONSTRUCT_HEADS = forms("وزارة", "هيئة", "مؤسسة", "جمعية", "جامعة", "مجلس",
            "منظمة", "وكالة", "مديرية", "رابطة", "نقابة", "اتحاد", "محكمة", "شركة");
    /**
     * Heads of the first shape only: a party is named in construct («حزب الكتائب»), while «الحزب الجمهوري
     * لانتخابات الرئاسة» is a party and what it is doing.
     */
    private static final List<String> CONSTRUCT_ONLY_HEADS = forms("حزب");
    /** Heads of the second shape only. */
    private static final List<String> DEFINITE_HEADS = forms("مكتب", "مركز", "صندوق", "بنك", "مصرف", "لجنة", "معهد");
    private static final String ARTICLE = ProcliticStripper.ARTICLE;
    /**
     * Definite words that end the name: to, which, who, now; days and other words of time («وقالت وزارة الداخلية
     * الثلاثاء»); former, last, issued, approval; the titles of a person named after it («المتحدث باسم وزارة الداخلية
     * اللواء منصور التركي»); «التدريس» («أعضاء هيئة التدريس»: a faculty, not a body); «ألمانية», whose alef-lam
     * is no article («شركة ألمانية»); and what news says of a party, not its name: ruling, banned, loyal, right,
     * left, extreme («حزب الحرية اليميني المتطرف»).
     */
    private static final Set<String> NOT_NAME = Set.copyOf(forms("إلى", "التي", "الذي", "الذين", "اللذين", "الآن",
            "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأسبوع", "الشهر",
            "العام", "الماضي", "المقبل", "الجاري", "الحالي", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
            "النقيب", "الفريق", "الدكتور", "الشيخ", "الأمير", "السفير", "الوزير", "المهندس", "الأستاذ", "السيد",
            "الرئيس", "المتحدث", "الناطق", "السابق", "السابقة", "الأخير", "الأخيرة", "الصادر", "الصادرة",
            "الموافقة", "التدريس", "ألماني", "ألمانية", "ألمانيا", "الحاكم", "الحاكمة", "المحظور", "المحظورة",
            "الموالي", "الموالية", "اليميني", "اليمينية", "اليساري", "اليسارية", "المتطرف", "المتطرفة"));
    /**
     * Words that describe a body after its name but may name one alone: «حزب الشعوب الديمقراطي المعارض» ends before
     * «المعارض» (the opposition), while «شركة المؤيد» is a company.
     */
    private static final Set<String> DESCRIPTIONS = Set.copyOf(forms("المعارض", "المعارضة", "المؤيد", "المؤيدة"));
    /** Words after «ل» that are not what a body is for («لهذه الوزارة»). */
    private static final Set<String> NOT_PURPOSE = Set.copyOf(forms("لهذه", "لهذا", "لذلك", "لتلك", "لهؤلاء"));
    /** Definite words a name runs over at most («وزارة الشؤون الاجتماعية والعمل السورية»). */
    private static final int MAX_WORDS = 4;
    /** Every proclitic sequence a head may carry: none, و/ف, then ب/ل/ك. */
    private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل",
            "فك");
    /** Each written form of a head, with its proclitics: where the name starts in it, and whether it is definite. */
    private static final Map<String, Head> HEADS = heads();

    private record Head(int cut, boolean definite, boolean construct) {
    }

    private OrganizationNames() {
    }

    /** An organization over tokens {@code [start, end)}, its name starting {@code cut} characters into the first. */
    record Span(int start, int end, int cut) {
    }

    /** The organizations of one sentence's normalized tokens, without part-of-speech tags. */
    static List<Span> find(String[] norms) {
        return find(norms, null);
    }

    /**
     * The organizations of one sentence's normalized tokens. {@code pos}, when not null, holds the tokens'
     * {@link PartsOfSpeech} codes: a name then runs on over adjectives and coordinated words only, so «أعلنت وزارة
     * الداخلية السعودية القبض على» ends before the noun «القبض».
     */
    static List<Span> find(String[] norms, byte[] pos) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < norms.length; i++) {
            Head head = HEADS.get(norms[i]);
            if (head == null) {
                continue;
            }
            int end = head.definite() ? forWhat(norms, pos, i) : construct(norms, pos, i, head);
            if (end > i + 1) {
                out.add(new Span(i, end, head.cut()));
                i = end - 1;
            }
        }
        return out;
    }

    /** «وزارة الصحة السعودية»: the definite words after an indefinite head; {@code i + 1} when there are none. */
    private static int construct(String[] norms, byte[] pos, int i, Head head) {
        if (!head.construct()) {
            return i + 1;
        }
        int end = i + 1;
        while (end < norms.length && end - i <= MAX_WORDS && definite(norms[end], end > i + 1)
                && (end == i + 1 || !anotherNoun(norms, pos, end))) {
            end++;
        }
        return end;
    }

    /**
     * True when the word at {@code i}, after a name's first words, is a noun of its own rather than more of the name:
     * tagged a noun and not joined by «و» («والإرشاد» in «وزارة الشؤون الإسلامية والدعوة والإرشاد» is more of it).
     */
    private static boolean anotherNoun(String[] norms, byte[] pos, int i) {
        return pos != null && pos[i] == PartsOfSpeech.NOUN && !norms[i].startsWith("و" + ARTICLE);
    }

    /**
     * «الهيئة العامة للرياضة»: after a definite head, one or two definite adjectives, then «لل» and up to two definite
     * words, or «ل», a word and up to two definite words («لكرة القدم»); {@code i + 1} when the shape does not hold.
     */
    private static int forWhat(String[] norms, byte[] pos, int i) {
        int end = i + 1;
        while (end < norms.length && end - i <= 2 && definite(norms[end], false)) {
            end++;
        }
        if (end == i + 1 || end >= norms.length) {
            return i + 1;
        }
        String purpose = norms[end];
        boolean lamArticle = purpose.startsWith("لل") && purpose.length() >= 5;
        boolean lamWord = !lamArticle && purpose.startsWith("ل") && purpose.length() >= 4 && end + 1 < norms.length
                && !NOT_PURPOSE.contains(purpose) && definite(norms[end + 1], false);
        if (!lamArticle && !lamWord) {
            return i + 1;
        }
        end += lamWord ? 2 : 1;
        for (int k = 0; k < 2 && end < norms.length && definite(norms[end], true) && !anotherNoun(norms, pos, end);
                k++) {
            end++;
        }
        return end;
    }

    /** «الصحة», and after the first word also «والتجارة» («والمعارض»: and exhibitions) but not «المعارض». */
    private static boolean definite(String norm, boolean afterFirst) {
        int from = afterFirst && norm.startsWith("و" + ARTICLE) ? 1 : 0;
        String word = norm.substring(from);
        return word.startsWith(ARTICLE) && word.length() >= 4 && !NOT_NAME.contains(word)
                && !(afterFirst && from == 0 && DESCRIPTIONS.contains(word));
    }

    private static List<String> forms(String... words) {
        return List.of(NerFeatures.normalize(List.of(words)));
    }

    private static Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>();
        List<String> all = new ArrayList<>(CONSTRUCT_HEADS);
        all.addAll(DEFINITE_HEADS);
        all.addAll(CONSTRUCT_ONLY_HEADS);
        for (String h : all) {
            boolean construct = !DEFINITE_HEADS.contains(h);
            for (String p : PROCLITICS) {
                heads.putIfAbsent(p + h, new Head(p.length(), false, construct));
                if (CONSTRUCT_ONLY_HEADS.contains(h)) {
                    continue;
                }
                heads.putIfAbsent(p + ARTICLE + h, new Head(p.length(), true, construct));
                if (p.endsWith("ل")) {
                    // «للهيئة» = ل + «الهيئة» with the article's alef dropped; the name starts after the first ل.
                    heads.putIfAbsent(p + "ل" + h, new Head(p.length(), true, construct));
                }
            }
        }
        return Map.copyOf(heads);
    }
}
