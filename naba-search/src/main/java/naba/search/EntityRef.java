package naba.search;

import java.util.Objects;
import naba.normalize.ArabicNormalizer;
import naba.text.EntityType;

/**
 * An entity as the archive knows it: a type and a canonical name, «PERS:سيرغي لافروف». Two refs are equal when type
 * and name are; the mention count is only a weight.
 *
 * @param type      the entity type
 * @param canonical the canonical name, e.g. «سيرغي لافروف»
 * @param mentions  how often the document mentions it
 */
public record EntityRef(EntityType type, String canonical, int mentions) {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** The archive-wide id, {@code TYPE:canonical}: «LOC:سوريا». */
    public String id() {
        return type.name() + ":" + canonical;
    }

    /** The entity of an id written by {@link #id()}. */
    public static EntityRef parse(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            throw new ArchiveException("entity id \"" + id + "\" has no type; write TYPE:name, e.g. PERS:جون كيري");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(id.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException("entity id \"" + id + "\": unknown type; use PERS, LOC, ORG or MISC");
        }
        return new EntityRef(type, id.substring(colon + 1), 0);
    }

    /** The search form of a name, for matching what people type: «لافروف» for «لافروف» and «لافروڤ». */
    static String searchForm(String name) {
        return ArabicNormalizer.SEARCH.normalize(name.strip()).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityRef other && type == other.type && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + canonical.hashCode();
    }
}
