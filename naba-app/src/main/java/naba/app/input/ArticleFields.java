package naba.app.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.InputException;

/**
 * Maps one JSON object with the corpora's field names to a {@link Document}: {@code id} (or {@code docno}),
 * {@code title}, {@code text} or {@code content}, {@code date}, {@code time} or {@code file_date}, {@code source} or
 * {@code src}, {@code url}. Unknown fields are ignored, as corpora carry many.
 */
public final class ArticleFields {
    private ArticleFields() {
    }

    /** The document of {@code json}; {@code fallbackId} is used when it has no id. */
    public static Document toDocument(JsonNode json, String fallbackId) {
        if (!json.isObject()) {
            throw new InputException("expected a JSON object, found " + json.getNodeType().name().toLowerCase());
        }
        String text = firstText(json, "text", "content");
        if (text == null) {
            throw new InputException("no \"text\" or \"content\" field");
        }
        String id = firstText(json, "id", "docno");
        String dateText = firstText(json, "date", "time", "file_date", "date_extracted");
        LocalDate date = dateText == null ? null : parseDate(dateText);
        DocumentMeta meta = new DocumentMeta(firstText(json, "title"), date, firstText(json, "source", "src"),
                firstText(json, "url"));
        return Document.of(id == null ? fallbackId : id, text, meta);
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isValueNode()) {
                    throw new InputException("field \"" + name + "\" must be a string");
                }
                return value.asText();
            }
        }
        return null;
    }

    /**
     * Reads the publication dates the corpora use: {@code 2015-07-21}, {@code 2015-07-21 02:51:32},
     * ISO date-times, and RFC 1123 ({@code Sun, 18 Feb 2018 21:35:43 +0400}).
     */
    public static LocalDate parseDate(String value) {
        String s = value.trim();
        try {
            if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
                return LocalDate.parse(s.substring(0, 10));
            }
            if (Character.isDigit(s.charAt(0)) && s.contains("T")) { // not the T of "Tue, ..."
                return OffsetDateTime.parse(s).toLocalDate();
            }
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InputException("unreadable date \"" + value + "\"; use YYYY-MM-DD");
        }
    }
}
