package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Quantity;

/**
 * {@code "quantities"}: numbers with unit and qualifier, e.g.
 * {@code {"start":5,"end":24,"text":"اكثر من 240 الف شخص","kind":"CARDINAL","value":240000,"unit":"شخص","qualifier":"MORE_THAN",...}}.
 */
public final class QuantitiesSection implements JsonSection {
    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.QUANTITIES);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Quantity q : document.layer(Layers.QUANTITIES)) {
            json.writeStartObject();
            json.writeNumberField("start", q.start());
            json.writeNumberField("end", q.end());
            json.writeStringField("text", q.surface());
            json.writeStringField("kind", q.kind().name());
            if (q.exact()) {
                double v = q.value();
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    json.writeNumberField("value", (long) v);
                } else {
                    json.writeNumberField("value", v);
                }
            } else {
                json.writeNullField("value");
                json.writeNumberField("magnitude", q.magnitude());
            }
            json.writeNumberField("numberStart", q.numberStart());
            json.writeNumberField("numberEnd", q.numberEnd());
            writeNullable(json, "unit", q.unit());
            writeNullable(json, "currency", q.currency());
            writeNullable(json, "qualifier", q.qualifier() == null ? null : q.qualifier().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeNullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
