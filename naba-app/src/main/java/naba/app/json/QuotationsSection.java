package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import naba.text.Document;
import naba.text.Entity;
import naba.text.Layers;
import naba.text.Quotation;

/**
 * {@code "quotations"}: reported speech with cue, speaker and conveying source, e.g.
 * {@code {"start":..,"end":..,"text":"من المبكر القول ...","kind":"DIRECT","cue":{"start":..,"end":..,"text":"قوله",
 * "lemma":"قال"},"speaker":{"start":..,"end":..,"text":"بوتين","entity":3},"speakerReason":"...","via":{...}}}.
 */
public final class QuotationsSection implements JsonSection {
    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.QUOTATIONS);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        String text = document.text();
        List<Entity> entities = document.has(Layers.ENTITIES) ? document.layer(Layers.ENTITIES) : List.of();
        json.writeStartArray();
        for (Quotation q : document.layer(Layers.QUOTATIONS)) {
            json.writeStartObject();
            json.writeNumberField("start", q.start());
            json.writeNumberField("end", q.end());
            json.writeStringField("text", text.substring(q.start(), q.end()));
            json.writeStringField("kind", q.kind().name());
            json.writeObjectFieldStart("cue");
            json.writeNumberField("start", q.cueStart());
            json.writeNumberField("end", q.cueEnd());
            json.writeStringField("text", text.substring(q.cueStart(), q.cueEnd()));
            json.writeStringField("lemma", q.cueLemma());
            json.writeEndObject();
            json.writeFieldName("speaker");
            writeParty(json, text, entities, q.speakerStart(), q.speakerEnd(), q.speakerEntity());
            QuantitiesSection.writeNullable(json, "speakerReason", q.speakerReason());
            json.writeFieldName("via");
            writeParty(json, text, entities, q.viaStart(), q.viaEnd(), q.viaEntity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeParty(JsonGenerator json, String text, List<Entity> entities, int start, int end,
            int entity) throws IOException {
        if (start < 0) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeStringField("text", text.substring(start, end));
        json.writeNumberField("entity", entity);
        if (entity >= 0 && entity < entities.size()) {
            json.writeStringField("canonical", entities.get(entity).canonical());
        }
        json.writeEndObject();
    }
}
