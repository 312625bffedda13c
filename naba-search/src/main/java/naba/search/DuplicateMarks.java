package naba.search;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import naba.dedup.DedupOptions;
import naba.dedup.DuplicateIndex;
import naba.dedup.DuplicateKind;
import naba.dedup.DuplicateMatch;
import naba.dedup.Fingerprint;
import naba.dedup.MinHasher;

/**
 * The archive's memory of duplicates: which article each stored one repeats («وصل كيري إلى موسكو» printed by a
 * second paper gets the first one's id as {@code duplicate_of} and {@code dup_group}). Built from the fingerprints
 * stored with the documents when the archive opens, then fed every new document. Thread-safe.
 *
 * <p>The {@link DuplicateIndex} is keyed by id and version ({@code id␟seq}) because it cannot forget: a re-put
 * document with new text is added again under a new key, and a match with its own older version is not a duplicate.
 * The groups it computes are not used; the marks stored with the documents are the truth, so a new duplicate joins
 * the stored group of the article it repeats.
 */
final class DuplicateMarks {
    private static final char SEP = '\u001f';
    private static final DedupOptions OPTIONS = DedupOptions.DEFAULT;

    /**
     * What the archive stores about one document.
     *
     * @param group       the collapse key: the group's first article, or the document's own id
     * @param duplicateOf the article it repeats most closely, or null
     * @param kind        EXACT or NEAR, or null when unique
     * @param similarity  estimated similarity to {@code duplicateOf} (0 when unique)
     * @param seq         insertion sequence number: the rebuild replays documents in this order
     * @param print       the fingerprint of the current text
     */
    record Mark(String group, String duplicateOf, DuplicateKind kind, double similarity, long seq, Fingerprint print) {
    }

    private final MinHasher hasher = new MinHasher(OPTIONS);
    private final DuplicateIndex index = new DuplicateIndex(OPTIONS);
    private final Map<String, Mark> byId = new HashMap<>();
    private long nextSeq;

    /** Marks a document being put: unchanged text keeps its marks; otherwise it is compared with the archive. */
    Mark mark(String id, String text) {
        Fingerprint print = hasher.fingerprint(id, text); // tokenizing and hashing need no lock
        return mark(id, print);
    }

    private synchronized Mark mark(String id, Fingerprint print) {
        Mark previous = byId.get(id);
        if (previous != null && previous.print().exactHash() == print.exactHash()) {
            return previous; // the same article put again is not a duplicate of itself
        }
        long seq = nextSeq++;
        DuplicateMatch match = index.add(new Fingerprint(key(id, seq), print.exactHash(), print.signature(),
                print.shingles()));
        Mark mark;
        String of = match.isDuplicate() ? idOf(match.of()) : id;
        Mark target = byId.get(of);
        if (!match.isDuplicate() || target == null) {
            mark = new Mark(id, null, null, 0, seq, print);
        } else if (of.equals(id)) {
            // closest to its own older version: it keeps the standing it had
            mark = new Mark(previous.group(), previous.duplicateOf(), previous.kind(), previous.similarity(), seq, print);
        } else {
            mark = new Mark(target.group(), of, match.kind(), match.similarity(), seq, print);
        }
        byId.put(id, mark);
        return mark;
    }

    /** Replays a stored document while the archive opens; call in {@code seq} order. */
    synchronized void load(String id, Mark stored) {
        Fingerprint print = stored.print();
        index.add(new Fingerprint(key(id, stored.seq()), print.exactHash(), print.signature(), print.shingles()));
        byId.put(id, stored);
        nextSeq = Math.max(nextSeq, stored.seq() + 1);
    }

    /** A fingerprint for a stored document that has none (written before duplicates were marked). */
    Fingerprint fingerprint(String id, String text) {
        return hasher.fingerprint(id, text);
    }

    synchronized long nextSeq() {
        return nextSeq;
    }

    /** The fingerprint as stored bytes: exact hash, shingle count, signature length, signature. */
    static byte[] encode(Fingerprint print) {
        int[] sig = print.signature();
        ByteBuffer b = ByteBuffer.allocate(16 + 4 * sig.length);
        b.putLong(print.exactHash()).putInt(print.shingles()).putInt(sig.length);
        for (int v : sig) {
            b.putInt(v);
        }
        return b.array();
    }

    /** The stored fingerprint, or null when absent or made with other options (then it is recomputed). */
    static Fingerprint decode(String id, byte[] bytes, int offset, int length) {
        if (bytes == null || length < 16) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        long exact = b.getLong();
        int shingles = b.getInt();
        int n = b.getInt();
        if (n != OPTIONS.hashes() || length != 16 + 4 * n) {
            return null;
        }
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) {
            sig[i] = b.getInt();
        }
        return new Fingerprint(id, exact, sig, shingles);
    }

    private static String key(String id, long seq) {
        return id + SEP + seq;
    }

    private static String idOf(String key) {
        int at = key.lastIndexOf(SEP);
        return at < 0 ? key : key.substring(0, at);
    }
}
