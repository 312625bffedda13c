package naba.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Entity;
import naba.text.Layers;

/**
 * What the archive keeps of one analyzed article: its text and metadata, its entities and topic for facets, and the
 * full analysis as an opaque blob (the analyze JSON, written by the application layer). For the report «كيري يبحث
 * مع لافروف الوضع في سوريا» the entities are {@code PERS جون كيري}, {@code PERS سيرغي لافروف}, {@code LOC سوريا}.
 *
 * @param id       the document id; indexing a record with an existing id replaces it
 * @param title    the headline or null
 * @param text     the article text
 * @param date     the publication date or null
 * @param source   the outlet or null
 * @param url      the address or null
 * @param topic    the most probable topic label or null
 * @param entities the document's entities (one per canonical name and type)
 * @param analysis the stored analysis, returned as is by {@link Archive#get(String)}
 */
public record ArchiveRecord(String id, String title, String text, LocalDate date, String source, String url,
                            String topic, List<EntityRef> entities, byte[] analysis) {
    public ArchiveRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document id may not be blank");
        }
        entities = List.copyOf(entities);
        analysis = analysis == null ? new byte[0] : analysis;
    }

    /**
     * The record of an analyzed document: entities from {@link Layers#ENTITIES} and topic from {@link Layers#TOPIC}
     * when the pipeline produced them.
     */
    public static ArchiveRecord of(Document document, byte[] analysis) {
        DocumentMeta meta = document.meta();
        List<EntityRef> entities = new ArrayList<>();
        if (document.has(Layers.ENTITIES)) {
            for (Entity entity : document.layer(Layers.ENTITIES)) {
                EntityRef ref = new EntityRef(entity.type(), entity.canonical(), entity.mentions().size());
                int same = entities.indexOf(ref);
                if (same < 0 && !entity.canonical().isBlank()) {
                    entities.add(ref);
                }
            }
        }
        String topic = document.has(Layers.TOPIC) ? document.layer(Layers.TOPIC).label() : null;
        return new ArchiveRecord(document.id(), meta.title(), document.text(), meta.date(), meta.source(), meta.url(),
                topic, entities, analysis);
    }
}
