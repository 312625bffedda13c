package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Entity;
import naba.text.Layers;

/**
 * {@code "entities"}: mentions merged into document entities, e.g.
 * {@code {"id":"e0","type":"PERS","canonical":"جون كيري","latin":"John Kerry","mentions":[0,3,5]}}.
 */
public final class EntitiesSection implements JsonSection {
    @Override
    public String name() {
        return "entities";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.ENTITIES);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Entity e : document.layer(Layers.ENTITIES)) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("type", e.type().name());
            json.writeStringField("canonical", e.canonical());
            json.writeStringField("latin", e.latin());
            json.writeArrayFieldStart("mentions");
            for (int m : e.mentions()) {
                json.writeNumber(m);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
