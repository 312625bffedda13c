package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Paragraph;
import naba.text.Sentence;
import naba.text.Span;
import naba.text.Token;

/** The foundation layers: paragraphs, sentences, tokens. */
final class CoreSections {
    private CoreSections() {
    }

    /** Writes {@code "start", "end", "text"} of a span: every span in the JSON carries its offsets and its text. */
    static void writeSpanFields(Document document, Span span, JsonGenerator json) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", document.surface(span));
    }

    static final class Paragraphs implements JsonSection {
        @Override
        public String name() {
            return "paragraphs";
        }

        @Override
        public boolean appliesTo(Document document) {
            return document.has(Layers.PARAGRAPHS);
        }

        @Override
        public void write(Document document, JsonGenerator json) throws IOException {
            json.writeStartArray();
            for (Paragraph p : document.layer(Layers.PARAGRAPHS)) {
                json.writeStartObject();
                writeSpanFields(document, p, json);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    static final class Sentences implements JsonSection {
        @Override
        public String name() {
            return "sentences";
        }

        @Override
        public boolean appliesTo(Document document) {
            return document.has(Layers.SENTENCES);
        }

        @Override
        public void write(Document document, JsonGenerator json) throws IOException {
            json.writeStartArray();
            for (Sentence s : document.layer(Layers.SENTENCES)) {
                json.writeStartObject();
                writeSpanFields(document, s, json);
                json.writeNumberField("paragraph", s.paragraph());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    static final class Tokens implements JsonSection {
        @Override
        public String name() {
            return "tokens";
        }

        @Override
        public boolean appliesTo(Document document) {
            return document.has(Layers.TOKENS);
        }

        @Override
        public void write(Document document, JsonGenerator json) throws IOException {
            Layer<Token> tokens = document.layer(Layers.TOKENS);
            Layer<Sentence> sentences = document.has(Layers.SENTENCES) ? document.layer(Layers.SENTENCES) : null;
            int sentence = 0;
            json.writeStartArray();
            for (Token t : tokens) {
                json.writeStartObject();
                json.writeNumberField("start", t.start());
                json.writeNumberField("end", t.end());
                json.writeStringField("text", t.surface());
                json.writeStringField("norm", t.norm());
                json.writeStringField("type", t.type().name());
                if (sentences != null) {
                    while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= t.start()) {
                        sentence++;
                    }
                    json.writeNumberField("sentence", sentence);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
