package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.ParagraphDuplicate;

/**
 * {@code "paragraph_duplicates"}: paragraphs of the article that repeat each other, as indexes into
 * {@code "paragraphs"}, e.g. {@code {"paragraphs":[6,8],"similarity":0.5,"shared":18}} for the seed article's two
 * accounts of the Russian ministry («قالت وزارة الخارجية الروسية ...» and «ذكرت وزارة الخارجية الروسية ...»).
 */
public final class DuplicatesSection implements JsonSection {
    @Override
    public String name() {
        return "paragraph_duplicates";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.PARAGRAPH_DUPLICATES);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (ParagraphDuplicate p : document.layer(Layers.PARAGRAPH_DUPLICATES)) {
            json.writeStartObject();
            json.writeArrayFieldStart("paragraphs");
            json.writeNumber(p.first());
            json.writeNumber(p.second());
            json.writeEndArray();
            json.writeNumberField("similarity", p.similarity());
            json.writeNumberField("shared", p.shared());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
