package naba.text;

import java.util.List;

/**
 * A document entity: the mentions that refer to one person, place, organization or other named thing, merged across
 * spellings and short forms («جون كيري», «كيري»).
 *
 * @param id        a stable id within the document ({@code e0}, {@code e1}, ...)
 * @param type      the entity type
 * @param canonical the fullest Arabic form: «جون كيري»
 * @param latin     the Latin name, from a gazetteer where known («John Kerry»), else a readable romanization
 * @param mentions  indexes into {@link Layers#MENTIONS}, in text order
 */
public record Entity(String id, EntityType type, String canonical, String latin, List<Integer> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
