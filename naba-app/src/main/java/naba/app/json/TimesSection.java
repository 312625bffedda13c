package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.TimeExpression;

/**
 * {@code "times"}: time expressions with TIMEX3-style values, e.g.
 * {@code {"start":10,"end":32,"text":"30 حزيران (يونيو) 2012","type":"DATE","value":"2012-06-30","anchor":"ABSOLUTE","resolved":false}}.
 */
public final class TimesSection implements JsonSection {
    @Override
    public String name() {
        return "times";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.TIMES);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (TimeExpression t : document.layer(Layers.TIMES)) {
            json.writeStartObject();
            json.writeNumberField("start", t.start());
            json.writeNumberField("end", t.end());
            json.writeStringField("text", t.surface());
            json.writeStringField("type", t.type().name());
            json.writeStringField("value", t.value());
            if (t.mod() != null) {
                json.writeStringField("mod", t.mod());
            }
            json.writeStringField("anchor", t.anchor().name());
            json.writeBooleanField("resolved", t.resolved());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
