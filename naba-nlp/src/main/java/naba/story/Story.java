package naba.story;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles about one event within a few days, e.g. five outlets reporting «اتصال هاتفي بين كيري ولافروف حول سوريا».
 *
 * @param id       {@code story-} followed by the id of its first article
 * @param label    the title of its most central article (the one closest to the story centroid)
 * @param central  the id of that article
 * @param first    date of the earliest article ({@code null} for undated stories)
 * @param last     date of the latest article
 * @param members  article ids, in date order then input order
 * @param sources  distinct outlets, in order of first appearance
 * @param entities entity names found in at least two members, most frequent first
 * @param terms    the heaviest terms of the centroid, heaviest first (what the story is about)
 */
public record Story(String id, String label, String central, LocalDate first, LocalDate last, List<String> members,
                    List<String> sources, List<String> entities, List<String> terms) {
    public Story {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        terms = List.copyOf(terms);
    }

    public int size() {
        return members.size();
    }
}
