package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;

/**
 * One top-level field of the analyze JSON, written from one layer of a {@link Document}. Sections whose layer is
 * absent are left out, so a document analyzed by a smaller pipeline still gives valid JSON.
 */
public interface JsonSection {
    /** The field name, e.g. {@code "tokens"}. */
    String name();

    /** True when the document has what this section writes. */
    boolean appliesTo(Document document);

    /** Writes the field's value (the generator is positioned after the field name). */
    void write(Document document, JsonGenerator json) throws IOException;
}
