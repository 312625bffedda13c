package naba.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link NerModel} knows about words beyond its weights, keyed by 64-bit hashes of SEARCH-normalized forms so
 * the model file carries no corpus text: word frequencies (to tell «وواشنطن» = و + «واشنطن» from «وزارة»), gazetteer
 * phrases with their classes («سيرغي لافروف» → person), distributional word clusters, and the Latin names of
 * countries («سوريا» → Syria). Immutable once built.
 */
final class NerLexicon {
    static final int LOC = 1;
    static final int ORG = 2;
    static final int PERS = 4;
    static final int FIRST_NAME = 8;
    static final int LAST_NAME = 16;
    static final int COUNTRY = 32;
    static final int CLASS_COUNT = 6;

    private final LongIntMap counts;
    private final LongIntMap phrases;
    private final int maxPhrase;
    private final LongIntMap clusters;
    private final Map<String, String> latin;

    NerLexicon(LongIntMap counts, LongIntMap phrases, int maxPhrase, LongIntMap clusters, Map<String, String> latin) {
        this.counts = counts;
        this.phrases = phrases;
        this.maxPhrase = maxPhrase;
        this.clusters = clusters;
        this.latin = new TreeMap<>(latin);
    }

    static NerLexicon empty() {
        return new NerLexicon(new LongIntMap(4), new LongIntMap(4), 1, new LongIntMap(4), Map.of());
    }

    /** Frequency of the normalized word {@code s[from, to)} in the training and unlabeled text. */
    int count(CharSequence s, int from, int to) {
        return counts.get(WordHash.of(s, from, to), 0);
    }

    int count(long wordHash) {
        return counts.get(wordHash, 0);
    }

    /** Gazetteer classes of a phrase hash (see {@link #phraseHash}); 0 when absent. */
    int phraseClasses(long phraseHash) {
        return phrases.get(phraseHash, 0);
    }

    int maxPhrase() {
        return maxPhrase;
    }

    /** Cluster id of a word hash, or -1 when the word had no cluster. */
    int cluster(long wordHash) {
        return clusters.get(wordHash, -1);
    }

    boolean hasClusters() {
        return clusters.size() > 0;
    }

    /** The Latin name of a SEARCH-normalized phrase («سوريا» → Syria), or null. */
    String latin(String normalizedPhrase) {
        return latin.get(normalizedPhrase);
    }

    int words() {
        return counts.size();
    }

    int phrases() {
        return phrases.size();
    }

    int clusterWords() {
        return clusters.size();
    }

    int latinNames() {
        return latin.size();
    }

    /** Hash of the next word appended to a phrase hash ({@code 0} starts a phrase). */
    static long phraseHash(long previous, long wordHash) {
        return previous == 0 ? wordHash : WordHash.mix(previous, wordHash);
    }

    void write(DataOutput out) throws IOException {
        writeMap(counts, out);
        writeMap(phrases, out);
        out.writeInt(maxPhrase);
        writeMap(clusters, out);
        out.writeInt(latin.size());
        for (Map.Entry<String, String> e : latin.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    static NerLexicon read(DataInput in) throws IOException {
        LongIntMap counts = readMap(in);
        LongIntMap phrases = readMap(in);
        int maxPhrase = in.readInt();
        if (maxPhrase < 1 || maxPhrase > 64) {
            throw new NerException("ner model: bad gazetteer phrase length " + maxPhrase + "; retrain with naba train ner");
        }
        LongIntMap clusters = readMap(in);
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new NerException("ner model: bad Latin-name count " + n + "; retrain with naba train ner");
        }
        Map<String, String> latin = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            latin.put(in.readUTF(), in.readUTF());
        }
        return new NerLexicon(counts, phrases, maxPhrase, clusters, latin);
    }

    /** Keys sorted and delta-coded as varints, values as varints: small files for tables of random hashes. */
    private static void writeMap(LongIntMap map, DataOutput out) throws IOException {
        long[] keys = map.keys();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        long previous = Long.MIN_VALUE;
        for (long k : keys) {
            writeVarLong(out, k - previous);
            writeVarLong(out, map.get(k, 0) & 0xffffffffL);
            previous = k;
        }
    }

    private static LongIntMap readMap(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new NerException("ner model: bad table size " + n + "; retrain with naba train ner");
        }
        LongIntMap map = new LongIntMap(Math.max(4, n));
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = previous + readVarLong(in);
            map.put(k, (int) readVarLong(in));
            previous = k;
        }
        return map;
    }

    private static void writeVarLong(DataOutput out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new NerException("ner model: malformed number in a table; retrain with naba train ner");
    }
}
