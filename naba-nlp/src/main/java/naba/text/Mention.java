package naba.text;

/**
 * A named-entity mention. Its span excludes attached proclitics: in «لوزارة الخارجية الأميركية» it starts after «ل».
 *
 * @param start   first UTF-16 offset
 * @param end     offset after the last code unit
 * @param surface {@code text.substring(start, end)}
 * @param type    the entity type
 * @param score   the tagger's confidence in [0, 1]
 * @param entity  index of the merged entity in {@link Layers#ENTITIES}, or -1 before merging
 */
public record Mention(int start, int end, String surface, EntityType type, float score, int entity) implements Span {
    public Mention {
        Span.check(start, end, "mention");
    }

    public Mention withEntity(int entityIndex) {
        return new Mention(start, end, surface, type, score, entityIndex);
    }
}
