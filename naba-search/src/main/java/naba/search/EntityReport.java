package naba.search;

import java.util.List;

/**
 * Everything the archive knows about one entity: how many documents mention it, the newest of them, the entities
 * mentioned with it most often, and its mentions per month. For «PERS:سيرغي لافروف» the co-occurring entities
 * might start with «جون كيري» and «سوريا».
 *
 * @param entity      the entity (its {@code mentions} field holds the number of documents)
 * @param documents   documents that mention it
 * @param newest      the newest of them, newest first
 * @param cooccurring entities mentioned in the same documents, most frequent first, with document counts
 * @param timeline    documents per month ({@code 2015-07}), in date order
 */
public record EntityReport(EntityRef entity, long documents, List<SearchResult.Hit> newest,
                           List<Cooccurrence> cooccurring, List<SearchResult.FacetValue> timeline) {
    public EntityReport {
        newest = List.copyOf(newest);
        cooccurring = List.copyOf(cooccurring);
        timeline = List.copyOf(timeline);
    }

    /** An entity mentioned together with the report's entity in {@code documents} documents. */
    public record Cooccurrence(EntityRef entity, long documents) {
    }
}
