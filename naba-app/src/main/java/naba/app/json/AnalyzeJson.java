package naba.app.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import naba.text.Document;
import naba.text.DocumentMeta;

/**
 * Writes a document as the analyze JSON (schema {@value #SCHEMA}, documented in {@code docs/analyze-json.md}):
 * one object with the schema, id, metadata, text, and one field per layer present.
 */
public final class AnalyzeJson {
    /** Bump the number on an incompatible change; new optional fields do not change it. */
    public static final String SCHEMA = "naba.analyze/1";

    /** Every section, in output order. Later layers add theirs here. */
    private static final List<JsonSection> SECTIONS = List.of(
            new CoreSections.Paragraphs(),
            new CoreSections.Sentences(),
            new CoreSections.Tokens(),
            new WordsSection(),
            new MentionsSection(),
            new EntitiesSection(),
            new TimesSection(),
            new QuantitiesSection(),
            new QuotationsSection(),
            new TopicSection(),
            new SummarySection(),
            new DuplicatesSection());

    private final JsonFactory factory = new JsonFactory();

    /** Writes one document as a single line of JSON followed by a newline. */
    public void write(Document document, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            write(document, json);
        }
        out.write('\n');
    }

    public void write(Document document, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("id", document.id());
        writeMeta(document.meta(), json);
        json.writeStringField("text", document.text());
        for (JsonSection section : SECTIONS) {
            if (section.appliesTo(document)) {
                json.writeFieldName(section.name());
                section.write(document, json);
            }
        }
        json.writeEndObject();
    }

    private static void writeMeta(DocumentMeta meta, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("meta");
        if (meta.title() != null) {
            json.writeStringField("title", meta.title());
        }
        if (meta.date() != null) {
            json.writeStringField("date", meta.date().toString());
        }
        if (meta.source() != null) {
            json.writeStringField("source", meta.source());
        }
        if (meta.url() != null) {
            json.writeStringField("url", meta.url());
        }
        json.writeEndObject();
    }
}
