package naba.search;

import java.time.LocalDate;
import naba.text.EntityType;

/**
 * A search of the archive: free text plus filters, all optional. {@code new SearchRequest("لقاء لافروف وكيري",
 * "كيري", null, LocalDate.of(2015,1,1), LocalDate.of(2015,12,31), null, null, 0, 10)} finds the 2015 reports that
 * mention Kerry and are about a meeting with Lavrov.
 *
 * @param query  free text (naba's analyzer applies); in double quotes a phrase; blank lists everything, newest first
 * @param entity an entity name («لافروف» or «سيرغي لافروف») or id («PERS:سيرغي لافروف») that must be mentioned
 * @param type   with {@code entity}: its type; alone: documents with at least one entity of this type
 * @param from   earliest publication date, inclusive
 * @param to     latest publication date, inclusive
 * @param source the outlet, exactly as indexed
 * @param topic  the topic label
 * @param offset hits to skip (paging)
 * @param limit  hits to return, at most {@link #MAX_LIMIT}
 * @param collapse one hit per duplicate group ({@code dup_group}), the best-ranked; offset and limit count groups
 */
public record SearchRequest(String query, String entity, EntityType type, LocalDate from, LocalDate to,
                            String source, String topic, int offset, int limit, boolean collapse) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new ArchiveException("limit " + limit + " out of range; use 0 to " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new ArchiveException("offset " + offset + " out of range; use 0 to " + MAX_OFFSET);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ArchiveException("date range " + from + " .. " + to + " is empty; --from must not be after --to");
        }
    }

    /** A search that lists every duplicate (no collapsing). */
    public SearchRequest(String query, String entity, EntityType type, LocalDate from, LocalDate to,
                         String source, String topic, int offset, int limit) {
        this(query, entity, type, from, to, source, topic, offset, limit, false);
    }

    /** This search with duplicates collapsed (or not). */
    public SearchRequest collapsed(boolean on) {
        return new SearchRequest(query, entity, type, from, to, source, topic, offset, limit, on);
    }

    /** A plain text query: first page of ten. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, 0, 10);
    }
}
