package naba.dedup;

/**
 * What {@link DuplicateIndex#add} found for a new article: nothing, an exact copy, or a near copy of an article
 * added before. An archive stores {@code group} with the article «وصل كيري إلى موسكو» and collapses search hits on it.
 *
 * @param kind       {@code null} when the article duplicates nothing seen so far
 * @param of         the earlier article it repeats most closely, or its own id when {@code kind} is null
 * @param group      the collapse key: the id of the first article of the group (its own id when new)
 * @param similarity estimated similarity to {@code of} (1 for exact copies, 0 when new)
 */
public record DuplicateMatch(DuplicateKind kind, String of, String group, double similarity) {
    public boolean isDuplicate() {
        return kind != null;
    }
}
