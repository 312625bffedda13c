package naba.ner;

/**
 * 64-bit hashing of character ranges, so words and gazetteer phrases are looked up without building strings. The
 * hash of «كيري» is the same whether it comes from a token, a substring or a gazetteer line. A final «ى», which the
 * tagger's forms keep ({@link NerFeatures#form}), hashes as «ي», as SEARCH normalization writes it: «على» and «علي»
 * share their word statistics.
 */
final class WordHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordHash() {
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= fold(s.charAt(i));
            h *= FNV_PRIME;
        }
        return finish(h ^ (to - from));
    }

    /** Hash of {@code prefix0 + prefix1 + s[from, to)}, e.g. the article «ال» restored before a word. */
    static long of(char prefix0, char prefix1, CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        h ^= prefix0;
        h *= FNV_PRIME;
        h ^= prefix1;
        h *= FNV_PRIME;
        for (int i = from; i < to; i++) {
            h ^= fold(s.charAt(i));
            h *= FNV_PRIME;
        }
        return finish(h ^ (to - from + 2));
    }

    private static char fold(char c) {
        return c == NerFeatures.ALEF_MAKSURA ? NerFeatures.YEH : c;
    }

    static long mix(long a, long b) {
        return finish(a * 0x9E3779B97F4A7C15L + b);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
