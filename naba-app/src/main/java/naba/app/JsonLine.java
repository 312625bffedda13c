package naba.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * One JSON object on one line of standard output, as every {@code naba eval} command prints its figures:
 * {@code {"task":"ner","sentences":397,"micro":{...},...}}.
 */
final class JsonLine {
    /** Writes the fields after {@code "task"}. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonLine() {
    }

    /** Prints {@code {"task": task, <fields>}} and a newline, flushed. */
    static void print(String task, Fields fields) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(System.out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("task", task);
            fields.write(json);
            json.writeEndObject();
        }
        System.out.println();
        System.out.flush();
    }
}
