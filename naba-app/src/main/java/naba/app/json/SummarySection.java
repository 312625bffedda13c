package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Summary;
import naba.text.SummarySentence;

/**
 * {@code "summary"}: the extractive summary's text, length in words, and its sentences as spans, e.g.
 * {@code {"text":"أعلن نادي المدينة الرياضي ...","words":30,"sentences":[{"start":0,"end":177,"text":"...",
 * "sentence":0,"score":1.396}]}}.
 */
public final class SummarySection implements JsonSection {
    @Override
    public String name() {
        return "summary";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.SUMMARY);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        Summary summary = document.layer(Layers.SUMMARY);
        json.writeStartObject();
        json.writeStringField("text", summary.text(document));
        json.writeNumberField("words", summary.words());
        json.writeArrayFieldStart("sentences");
        for (SummarySentence s : summary.sentences()) {
            json.writeStartObject();
            CoreSections.writeSpanFields(document, s, json);
            json.writeNumberField("sentence", s.sentence());
            json.writeNumberField("score", Math.round(s.score() * 1000) / 1000.0);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
