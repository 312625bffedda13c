package naba.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicates of a corpus: exact groups (identical text), near groups (connected by similar pairs, exact copies
 * included) and the similar pairs themselves. For two reprints of «وصل كيري إلى موسكو» and one rewrite, there is one
 * exact group of two and one near group of three.
 *
 * @param exact exact-duplicate groups, ordered by their representative's position in the input
 * @param near  near-duplicate groups with at least two distinct texts, same order
 * @param pairs verified near-duplicate pairs between distinct texts
 */
public record DedupResult(List<DuplicateGroup> exact, List<DuplicateGroup> near, List<DuplicatePair> pairs) {
    public DedupResult {
        exact = List.copyOf(exact);
        near = List.copyOf(near);
        pairs = List.copyOf(pairs);
    }

    /** For every article in some group, the representative search shows in its place (near groups win). */
    public Map<String, String> representatives() {
        Map<String, String> map = new HashMap<>();
        for (DuplicateGroup g : exact) {
            for (String id : g.members()) {
                map.put(id, g.representative());
            }
        }
        for (DuplicateGroup g : near) {
            for (String id : g.members()) {
                map.put(id, g.representative());
            }
        }
        return map;
    }
}
