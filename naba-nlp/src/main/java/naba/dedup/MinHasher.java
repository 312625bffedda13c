package naba.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import naba.text.Token;
import naba.text.TokenType;
import naba.tokenize.ArabicTokenizer;

/**
 * Turns a text into a {@link Fingerprint}: search-normalized word shingles, hashed, then one minimum per hash
 * function. «قال كيري إن روسيا» with 3-word shingles has two: «قال كيري ان» and «كيري ان روسيا».
 * Punctuation is skipped, so «كيري، إن» and «كيري إن» shingle alike. Immutable and thread-safe.
 */
public final class MinHasher {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** {@link #exactHash} of an empty or blank text; such texts form no exact-duplicate group. */
    public static final long BLANK_HASH = exactHash("");

    private final DedupOptions options;
    private final long[] multipliers;
    private final long[] addends;

    public MinHasher(DedupOptions options) {
        this.options = options;
        SplittableRandom random = new SplittableRandom(options.seed());
        multipliers = new long[options.hashes()];
        addends = new long[options.hashes()];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L; // odd, so multiplication permutes 64-bit values
            addends[i] = random.nextLong();
        }
    }

    public DedupOptions options() {
        return options;
    }

    /** The fingerprint of {@code text}, tokenized here. */
    public Fingerprint fingerprint(String id, String text) {
        return fingerprint(id, text, ArabicTokenizer.INSTANCE.tokenize(text));
    }

    /** The fingerprint of {@code text} from tokens already computed (a document's {@code TOKENS} layer). */
    public Fingerprint fingerprint(String id, String text, List<Token> tokens) {
        long[] words = new long[tokens.size()];
        int n = 0;
        for (Token token : tokens) {
            if (isWord(token.type())) {
                words[n++] = hash(token.norm());
            }
        }
        long[] shingles = shingles(words, n, options.shingle());
        return new Fingerprint(id, exactHash(text), signature(shingles), shingles.length);
    }

    /** The band keys of a signature: two fingerprints are LSH candidates when any key at the same index agrees. */
    public long[] bandKeys(int[] signature) {
        long[] keys = new long[options.bands()];
        int rows = options.rows();
        for (int band = 0; band < keys.length; band++) {
            long h = FNV_OFFSET ^ band;
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                h = (h ^ signature[r]) * FNV_PRIME;
            }
            keys[band] = mix(h);
        }
        return keys;
    }

    /** Estimated Jaccard similarity of two signatures of equal length. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths " + a.length + " and " + b.length
                    + "; compare fingerprints made with the same DedupOptions");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * 64-bit hash of the text without surrounding white space (Unicode spaces included, such as U+00A0), so two
     * copies that differ only by a trailing newline count as one exact duplicate.
     */
    public static long exactHash(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return mix(h ^ (end - start));
    }

    /** True when the text has nothing but white space: such articles are left out of duplicate groups. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isWord(TokenType type) {
        return type == TokenType.ARABIC || type == TokenType.LATIN || type == TokenType.NUMBER
                || type == TokenType.HASHTAG || type == TokenType.ABBREVIATION;
    }

    /** Distinct hashes of every run of {@code size} words (a text shorter than that gives one shingle). */
    private static long[] shingles(long[] words, int n, int size) {
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - size + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < Math.min(n, i + size); j++) {
                h = (h ^ words[j]) * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private int[] signature(long[] shingles) {
        int[] signature = new int[multipliers.length];
        // No words: all MAX_VALUE; Fingerprint.hasContent() keeps such texts out of near groups.
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int i = 0; i < multipliers.length; i++) {
            long a = multipliers[i];
            long b = addends[i];
            int min = Integer.MAX_VALUE;
            for (long s : shingles) {
                int v = (int) ((a * s + b) >>> 33);
                if (v < min) {
                    min = v;
                }
            }
            signature[i] = min;
        }
        return signature;
    }

    private static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** Finalizer of SplitMix64: spreads FNV's weak low bits over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
