package naba.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the total number of matching documents, one page of hits, and facet counts
 * over all matching documents (dimensions {@code PERS}, {@code LOC}, {@code ORG}, {@code MISC}, {@code source},
 * {@code topic}, {@code year}, {@code month}).
 *
 * @param total  matching documents; in a collapsed search, matching duplicate groups
 * @param hits   the requested page
 * @param facets the top values of each dimension, most frequent first ({@code month} in date order)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching document. {@code snippet} has the query terms marked.
     *
     * @param group         the collapse key {@code dup_group}: the first article of its duplicate group, or its id
     * @param duplicateOf   the earlier article it repeats, or null
     * @param duplicateKind {@code EXACT} or {@code NEAR}, or null
     * @param duplicates    in a collapsed search, how many other matching documents of its group were folded into
     *                      it; 0 otherwise
     */
    public record Hit(String id, String title, LocalDate date, String source, String topic, float score,
                      Snippet snippet, String group, String duplicateOf, String duplicateKind, int duplicates) {
    }

    /** A facet value and the number of matching documents with it: {@code ("سوريا", 12)}. */
    public record FacetValue(String value, long count) {
    }
}
