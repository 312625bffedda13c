package naba.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one input record with the corpus field names {@code naba analyze} accepts: {@code id} (or {@code docno}),
 * {@code title}, {@code text} or {@code content}, {@code date}, {@code time}, {@code file_date} or
 * {@code date_extracted}, {@code source} or {@code src}, {@code url}. A record it cannot use becomes an error with the
 * reason, never an exception: invalid JSON, no text, a text over the size limit ({@code --max-chars}), a bad date.
 * For {@code {"id":"a","content":"قال كيري","date":"2015-07-21 02:51:32"}} the date is 2015-07-21.
 */
final class ArticleParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleParser() {
    }

    /** A JSON Lines record; {@code null} for a blank line. */
    static ParsedArticle fromJson(String line, String input, long record, int maxChars) {
        if (line == null || line.isBlank()) {
            return null;
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return ParsedArticle.error(input, record, null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            return ParsedArticle.error(input, record, null, "expected a JSON object, found "
                    + (json == null ? "nothing" : json.getNodeType().name().toLowerCase()));
        }
        try {
            return article(input, record, maxChars, text(json, "id", "docno"), text(json, "title"),
                    text(json, "text", "content"), text(json, "date", "time", "file_date", "date_extracted"),
                    text(json, "source", "src"), text(json, "url"));
        } catch (IllegalArgumentException e) {
            return ParsedArticle.error(input, record, text(json, "id", "docno"), e.getMessage());
        }
    }

    /** A Parquet (or any DataFrame) row with the same field names. */
    static ParsedArticle fromRow(Row row, String input, long record, int maxChars) {
        StructType schema = row.schema();
        String id = field(row, schema, "id", "docno");
        try {
            return article(input, record, maxChars, id, field(row, schema, "title"),
                    field(row, schema, "text", "content"), field(row, schema, "date", "time", "file_date",
                            "date_extracted"), field(row, schema, "source", "src"), field(row, schema, "url"));
        } catch (IllegalArgumentException e) {
            return ParsedArticle.error(input, record, id, e.getMessage());
        }
    }

    private static ParsedArticle article(String input, long record, int maxChars, String id, String title,
                                         String text, String date, String source, String url) {
        if (text == null) {
            return ParsedArticle.error(input, record, id, "no \"text\" or \"content\" field");
        }
        if (text.length() > maxChars) {
            return ParsedArticle.error(input, record, id, "text has " + text.length()
                    + " characters, over the limit of " + maxChars + "; split the article or raise --max-chars");
        }
        String articleId = id != null ? id : baseName(input) + "-" + record;
        return ParsedArticle.article(input, record, articleId, title, text, date == null ? null : parseDate(date),
                source, url);
    }

    /**
     * The dates the corpora use: {@code 2015-07-21}, {@code 2015-07-21 02:51:32}, ISO date-times and RFC 1123
     * ({@code Sun, 18 Feb 2018 21:35:43 +0400}); the same rules as {@code naba analyze}.
     */
    static LocalDate parseDate(String value) {
        String s = value.trim();
        try {
            if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
                return LocalDate.parse(s.substring(0, 10));
            }
            if (Character.isDigit(s.charAt(0)) && s.contains("T")) { // not "Tue", "Thu"
                return OffsetDateTime.parse(s).toLocalDate();
            }
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("unreadable date \"" + value + "\"; use YYYY-MM-DD");
        }
    }

    private static String text(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isValueNode()) {
                    throw new IllegalArgumentException("field \"" + name + "\" must be a string");
                }
                return value.asText();
            }
        }
        return null;
    }

    private static String field(Row row, StructType schema, String... names) {
        for (String name : names) {
            int index = indexOf(schema, name);
            if (index >= 0 && !row.isNullAt(index)) {
                Object value = row.get(index);
                return value instanceof java.sql.Timestamp t ? t.toLocalDateTime().toLocalDate().toString()
                        : String.valueOf(value);
            }
        }
        return null;
    }

    private static int indexOf(StructType schema, String name) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static String baseName(String input) {
        String name = input.substring(input.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
