package naba.search;

import java.util.List;

/**
 * A passage of a document with the query's matches marked, as offsets into {@link #text()}: for the query «لافروف»
 * the snippet «…التقى كيري لافروف في جنيف…» marks the range of «لافروف».
 *
 * @param text       the passage (an exact substring of the document text, possibly with «…» added at the ends)
 * @param highlights {@code [start, end)} ranges in {@code text}, ordered, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** A marked range of a snippet. */
    public record Highlight(int start, int end) {
    }
}
