package naba.dedup;

import java.util.List;

/**
 * Articles that repeat one text: two newspapers printing the same agency story «وصل كيري إلى موسكو» form a group.
 * A near group contains the exact copies of its members too, so it is the unit search collapses.
 *
 * @param representative the member read first; search shows it and hides the others
 * @param kind           exact or near
 * @param members        member ids in input order, representative first
 * @param minSimilarity  the lowest estimated similarity of a link that joined the group (1 for exact groups)
 */
public record DuplicateGroup(String representative, DuplicateKind kind, List<String> members, double minSimilarity) {
    public DuplicateGroup {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }
}
