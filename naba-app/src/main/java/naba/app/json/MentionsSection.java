package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Mention;

/**
 * {@code "mentions"}: named-entity mentions, e.g.
 * {@code {"start":30,"end":38,"text":"جون كيري","type":"PERS","score":0.98,"entity":0}}.
 */
public final class MentionsSection implements JsonSection {
    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.MENTIONS);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Mention m : document.layer(Layers.MENTIONS)) {
            json.writeStartObject();
            json.writeNumberField("start", m.start());
            json.writeNumberField("end", m.end());
            json.writeStringField("text", m.surface());
            json.writeStringField("type", m.type().name());
            json.writeNumberField("score", Math.round(m.score() * 1000) / 1000.0);
            json.writeNumberField("entity", m.entity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
