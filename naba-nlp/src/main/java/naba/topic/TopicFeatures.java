package naba.topic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import naba.text.Token;
import naba.text.TokenType;

/**
 * Turns the tokens of an article into a sparse, hashed feature vector: light stems («الاقتصاديه» → «اقتصاد»), stem
 * bigrams («اسعار نفط») and character 3- and 4-grams of each normalized word with boundary marks, each counted,
 * damped by {@code 1 + ln(count)} and scaled to unit length. Only word tokens count (Arabic, Latin lower-cased,
 * hashtags); numbers and punctuation say little about the topic. Immutable and thread-safe.
 */
public final class TopicFeatures {
    /** The feature templates, recorded in the model file; a model only loads with the same templates. */
    public static final String TEMPLATES = "stem1,stem2,char3,char4;light-stemmer-1;fnv1a32;log-tf;l2";

    private static final int STEM = 0x51;
    private static final int BIGRAM = 0x52;
    private static final int CHAR = 0x53;
    private static final char BOUNDARY = '_';

    private final int mask;

    /** @param buckets the hash space, a power of two */
    public TopicFeatures(int buckets) {
        if (buckets < 2 || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("topic feature buckets must be a power of two >= 2, got " + buckets);
        }
        this.mask = buckets - 1;
    }

    public int buckets() {
        return mask + 1;
    }

    /** A sparse vector: ascending distinct bucket ids and their weights. */
    public record Vector(int[] ids, float[] values) {
        public int size() {
            return ids.length;
        }
    }

    public Vector extract(List<Token> tokens) {
        int[] raw = new int[Math.max(16, tokens.size() * 8)];
        int n = 0;
        int previousStem = 0;
        boolean hasPrevious = false;
        StringBuilder padded = new StringBuilder(32);
        for (Token token : tokens) {
            String word = wordForm(token);
            if (word == null) {
                hasPrevious = false; // punctuation and numbers break bigrams
                continue;
            }
            String stem = LightStemmer.INSTANCE.stem(word);
            int stemHash = hash(STEM, stem, 0, stem.length());
            if (n + 4 + 2 * word.length() + 8 >= raw.length) {
                raw = Arrays.copyOf(raw, raw.length * 2 + 2 * word.length() + 16);
            }
            raw[n++] = stemHash & mask;
            if (hasPrevious) {
                raw[n++] = mix(BIGRAM, previousStem, stemHash) & mask;
            }
            previousStem = stemHash;
            hasPrevious = true;
            padded.setLength(0);
            padded.append(BOUNDARY).append(word).append(BOUNDARY);
            for (int len = 3; len <= 4; len++) {
                for (int i = 0; i + len <= padded.length(); i++) {
                    raw[n++] = hash(CHAR + len, padded, i, i + len) & mask;
                }
            }
        }
        return vector(raw, n);
    }

    /** The form a token contributes, or null when it contributes none. */
    private static String wordForm(Token token) {
        TokenType type = token.type();
        if (type == TokenType.ARABIC) {
            return token.norm().isEmpty() ? null : token.norm();
        }
        if (type == TokenType.LATIN || type == TokenType.HASHTAG) {
            return token.norm().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static Vector vector(int[] raw, int n) {
        Arrays.sort(raw, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || raw[i] != raw[i - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        float[] values = new float[distinct];
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || raw[i] != raw[i - 1]) {
                ids[++k] = raw[i];
                values[k] = 1;
            } else {
                values[k]++;
            }
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            values[i] = (float) (1 + Math.log(values[i]));
            norm += values[i] * values[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= scale;
            }
        }
        return new Vector(ids, values);
    }

    /** FNV-1a over the chars, seeded by the template so equal strings in different templates differ. */
    static int hash(int template, CharSequence s, int from, int to) {
        int h = 0x811c9dc5 ^ (template * 0x01000193);
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return finish(h);
    }

    private static int mix(int template, int a, int b) {
        int h = 0x811c9dc5 ^ (template * 0x01000193);
        h = (h ^ a) * 0x01000193;
        h = (h ^ b) * 0x01000193;
        return finish(h);
    }

    /** Spreads the low bits, which the bucket mask keeps. */
    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
