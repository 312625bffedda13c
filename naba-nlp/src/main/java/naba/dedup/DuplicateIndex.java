package naba.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental duplicate detection for an archive that receives articles one at a time: {@link #add} answers, in time
 * independent of the archive's size (LSH buckets, not a scan), whether the new article repeats one already added.
 * The second newspaper printing the agency story «وصل كيري إلى موسكو» gets the first one's id as its group, so
 * search can show the group once.
 *
 * <pre>{@code
 * DuplicateIndex index = new DuplicateIndex(DedupOptions.DEFAULT);
 * DuplicateMatch m = index.add("okaz-17", text);
 * if (m.isDuplicate()) archive.markDuplicate("okaz-17", m.group());
 * }</pre>
 *
 * <p>Unlike {@link DuplicateFinder} it never merges two existing groups: a later article bridging them joins the one
 * it resembles most. Thread-safe (methods are synchronized).
 */
public final class DuplicateIndex {
    private final MinHasher hasher;
    private final List<Fingerprint> prints = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final Map<Long, Integer> byExactHash = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    /** One map per band from band key to the indexes of the distinct texts in that bucket. */
    private final List<Map<Long, List<Integer>>> bands;

    public DuplicateIndex(DedupOptions options) {
        this.hasher = new MinHasher(options);
        this.bands = new ArrayList<>(options.bands());
        for (int b = 0; b < options.bands(); b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Adds an article and tells whether it repeats an earlier one. Ids must be unique. */
    public synchronized DuplicateMatch add(String id, String text) {
        return add(hasher.fingerprint(id, text));
    }

    /** Adds a fingerprint made with the same options (e.g. computed on a Spark executor). */
    public synchronized DuplicateMatch add(Fingerprint print) {
        if (byId.containsKey(print.id())) {
            throw new IllegalArgumentException("article id '" + print.id() + "' was added before; ids must be unique");
        }
        int index = prints.size();
        DuplicateMatch match = match(print);
        prints.add(print);
        groups.add(match.group());
        byId.put(print.id(), index);
        if (match.kind() != DuplicateKind.EXACT && print.exactHash() != MinHasher.BLANK_HASH) {
            byExactHash.put(print.exactHash(), index);
            if (print.hasContent()) {
                long[] keys = hasher.bandKeys(print.signature());
                for (int b = 0; b < keys.length; b++) {
                    bands.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>(2)).add(index);
                }
            }
        }
        return match;
    }

    /** The collapse key of an article added before: the first article of its group, or its own id. */
    public synchronized String groupOf(String id) {
        Integer index = byId.get(id);
        if (index == null) {
            throw new IllegalArgumentException("article id '" + id + "' was never added to this index");
        }
        return groups.get(index);
    }

    public synchronized int size() {
        return prints.size();
    }

    private DuplicateMatch match(Fingerprint print) {
        Integer same = print.exactHash() == MinHasher.BLANK_HASH ? null : byExactHash.get(print.exactHash());
        if (same != null) {
            return new DuplicateMatch(DuplicateKind.EXACT, prints.get(same).id(), groups.get(same), 1.0);
        }
        if (print.hasContent()) {
            long[] keys = hasher.bandKeys(print.signature());
            int best = -1;
            double bestSimilarity = -1;
            for (int b = 0; b < keys.length; b++) {
                List<Integer> bucket = bands.get(b).get(keys[b]);
                if (bucket == null) {
                    continue;
                }
                // The newest members are the likeliest reprints; older ones past the cap are not compared.
                int from = Math.max(0, bucket.size() - DuplicateFinder.MAX_COMPARISONS);
                for (int k = bucket.size() - 1; k >= from; k--) {
                    int i = bucket.get(k);
                    double s = print.similarity(prints.get(i));
                    if (s > bestSimilarity || (s == bestSimilarity && i < best)) {
                        best = i;
                        bestSimilarity = s;
                    }
                }
            }
            if (best >= 0 && bestSimilarity >= hasher.options().threshold()) {
                return new DuplicateMatch(DuplicateKind.NEAR, prints.get(best).id(), groups.get(best), bestSimilarity);
            }
        }
        return new DuplicateMatch(null, print.id(), print.id(), 0.0);
    }
}
