package naba.topic;

/**
 * A light stemmer over search-normalized Arabic words (the {@code norm()} of a token), in the spirit of Larkey's
 * light10: it strips a leading «و», one definite-article prefix («ال», «وال», «بال», «كال», «فال», «لل») and then
 * common suffixes, keeping at least two letters. «والاقتصاديه» becomes «اقتصاد»; «بالشركات» becomes «شرك».
 * It is a feature extractor for topic classification and sentence similarity, not a morphological analyzer: it
 * conflates some unrelated words, which a linear model tolerates. Stateless and thread-safe.
 */
public final class LightStemmer {
    public static final LightStemmer INSTANCE = new LightStemmer();

    private static final char WAW = '\u0648';
    private static final String[] ARTICLES = {
        "\u0648\u0627\u0644", // وال
        "\u0628\u0627\u0644", // بال
        "\u0643\u0627\u0644", // كال
        "\u0641\u0627\u0644", // فال
        "\u0644\u0644",       // لل
        "\u0627\u0644",       // ال
    };
    /** Longest first, so «يه» goes before «ه». The normalizer already maps ة to ه and ى to ي. */
    private static final String[] SUFFIXES = {
        "\u0647\u0627", // ها
        "\u0627\u0646", // ان
        "\u0627\u062A", // ات
        "\u0648\u0646", // ون
        "\u064A\u0646", // ين
        "\u064A\u0647", // يه
        "\u0647",       // ه
        "\u064A",       // ي
    };

    private LightStemmer() {
    }

    /** The stem of a normalized word; words of two letters or fewer come back unchanged. */
    public String stem(String norm) {
        int start = 0;
        int end = norm.length();
        if (end - start > 3 && norm.charAt(0) == WAW) {
            start++;
        }
        for (String article : ARTICLES) {
            if (norm.startsWith(article, start) && end - start - article.length() >= 2) {
                start += article.length();
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            int len = suffix.length();
            if (end - start - len >= 2 && norm.startsWith(suffix, end - len)) {
                end -= len;
            }
        }
        return start == 0 && end == norm.length() ? norm : norm.substring(start, end);
    }
}
