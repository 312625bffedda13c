package naba.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the exact and near-duplicate groups of a corpus in time linear in its size: exact copies by a hash of the
 * trimmed text, near copies by locality-sensitive hashing of MinHash signatures (only articles that share a band
 * are compared), then union-find over the pairs whose estimated similarity reaches the threshold. Two newspapers
 * printing the agency story «وصل كيري إلى موسكو» with different first lines end up in one near group.
 *
 * <p>A band bucket shared by very many articles (boilerplate such as «تابعونا على تويتر») would make the comparisons
 * quadratic, so each article is compared with at most {@value #MAX_COMPARISONS} earlier members of a bucket.
 * Thread-safe; every call works on its own state.
 */
public final class DuplicateFinder {
    static final int MAX_COMPARISONS = 64;

    private final MinHasher hasher;

    public DuplicateFinder(MinHasher hasher) {
        this.hasher = hasher;
    }

    public DuplicateFinder(DedupOptions options) {
        this(new MinHasher(options));
    }

    public MinHasher hasher() {
        return hasher;
    }

    /** Groups the fingerprints, which must come from {@link #hasher()} (or one with the same options). */
    public DedupResult find(List<Fingerprint> prints) {
        int n = prints.size();
        // Exact copies: every article points at the first one with the same hash.
        int[] exactOf = new int[n];
        int[] copies = new int[n];
        Map<Long, Integer> firstByHash = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long h = prints.get(i).exactHash();
            if (h == MinHasher.BLANK_HASH) {
                exactOf[i] = i;
                continue;
            }
            Integer first = firstByHash.putIfAbsent(h, i);
            exactOf[i] = first == null ? i : first;
            copies[exactOf[i]]++;
        }
        Map<Integer, List<Integer>> exactMembers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (copies[exactOf[i]] > 1) {
                exactMembers.computeIfAbsent(exactOf[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<DuplicateGroup> exact = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> members = exactMembers.get(i);
            if (members != null) {
                exact.add(new DuplicateGroup(prints.get(i).id(), DuplicateKind.EXACT, ids(prints, members), 1.0));
            }
        }

        // Near copies among the distinct texts: LSH candidates, verified, joined by union-find.
        int[] parent = new int[n];
        double[] weakest = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            weakest[i] = 1.0;
        }
        long[][] keys = new long[n][];
        for (int i = 0; i < n; i++) {
            Fingerprint p = prints.get(i);
            if (exactOf[i] == i && p.hasContent()) {
                keys[i] = hasher.bandKeys(p.signature());
            }
        }
        List<DuplicatePair> pairs = new ArrayList<>();
        double threshold = hasher.options().threshold();
        for (int band = 0; band < hasher.options().bands(); band++) {
            // bucket[0] is the member count, members follow.
            Map<Long, int[]> buckets = new HashMap<>();
            for (int j = 0; j < n; j++) {
                if (keys[j] == null) {
                    continue;
                }
                long key = keys[j][band];
                int[] bucket = buckets.get(key);
                if (bucket == null) {
                    buckets.put(key, new int[] {1, j, 0, 0});
                    continue;
                }
                int size = bucket[0];
                for (int k = Math.max(1, size + 1 - MAX_COMPARISONS); k <= size; k++) {
                    int i = bucket[k];
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri == rj) {
                        continue;
                    }
                    double s = prints.get(i).similarity(prints.get(j));
                    if (s >= threshold) {
                        pairs.add(new DuplicatePair(prints.get(i).id(), prints.get(j).id(), s));
                        int root = Math.min(ri, rj);
                        int child = Math.max(ri, rj);
                        parent[child] = root;
                        weakest[root] = Math.min(Math.min(weakest[root], weakest[child]), s);
                    }
                }
                if (size + 1 == bucket.length) {
                    bucket = Arrays.copyOf(bucket, bucket.length * 2);
                    buckets.put(key, bucket);
                }
                bucket[size + 1] = j;
                bucket[0] = size + 1;
            }
        }

        // Components with two or more distinct texts, expanded with their exact copies.
        Map<Integer, List<Integer>> components = new HashMap<>();
        int[] distinct = new int[n];
        for (int i = 0; i < n; i++) {
            if (keys[exactOf[i]] == null) {
                continue;
            }
            int root = find(parent, exactOf[i]);
            components.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
            if (exactOf[i] == i) {
                distinct[root]++;
            }
        }
        List<DuplicateGroup> near = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Integer> members = components.get(root);
            if (members != null && distinct[root] > 1) {
                near.add(new DuplicateGroup(prints.get(members.get(0)).id(), DuplicateKind.NEAR,
                        ids(prints, members), weakest[root]));
            }
        }
        return new DedupResult(exact, near, pairs);
    }

    private static List<String> ids(List<Fingerprint> prints, List<Integer> indexes) {
        List<String> ids = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            ids.add(prints.get(i).id());
        }
        return ids;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
