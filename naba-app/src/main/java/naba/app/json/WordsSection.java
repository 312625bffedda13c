package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Word;

/**
 * The {@code "words"} field: the syntactic words of every token after clitic segmentation, e.g. «للحكومة» gives
 * {@code {"token":3,"start":10,"end":11,"text":"ل","form":"ل","upos":"ADP","lemma":"لِ"}} and
 * {@code {"token":3,"start":11,"end":17,"text":"لحكومة","form":"الحكومة","upos":"NOUN","lemma":"حُكُومَة"}}.
 */
public final class WordsSection implements JsonSection {
    @Override
    public String name() {
        return "words";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.WORDS);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Word w : document.layer(Layers.WORDS)) {
            json.writeStartObject();
            json.writeNumberField("token", w.token());
            CoreSections.writeSpanFields(document, w, json);
            json.writeStringField("form", w.form());
            json.writeStringField("upos", w.upos());
            json.writeStringField("lemma", w.lemma());
            if (w.feats() != null) {
                json.writeStringField("feats", w.feats());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
