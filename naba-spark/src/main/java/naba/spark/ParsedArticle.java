package naba.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input record after reading: an article with the corpus field names mapped (as {@code naba analyze} maps them),
 * or the reason it cannot be analyzed. A JSON line {@code {"id":"snn-1","content":"قال كيري"}} gives an article;
 * {@code {"id":"snn-2"}} gives the error {@code no "text" or "content" field}.
 */
final class ParsedArticle implements Serializable {
    private static final long serialVersionUID = 1L;

    final String input;
    final long record;
    final String id;
    final String title;
    final String text;
    final LocalDate date;
    final String source;
    final String url;
    final String error;

    private ParsedArticle(String input, long record, String id, String title, String text, LocalDate date,
                          String source, String url, String error) {
        this.input = input;
        this.record = record;
        this.id = id;
        this.title = title;
        this.text = text;
        this.date = date;
        this.source = source;
        this.url = url;
        this.error = error;
    }

    static ParsedArticle article(String input, long record, String id, String title, String text, LocalDate date,
                                 String source, String url) {
        return new ParsedArticle(input, record, id, title, text, date, source, url, null);
    }

    static ParsedArticle error(String input, long record, String id, String reason) {
        return new ParsedArticle(input, record, id, null, null, null, null, null, reason);
    }

    boolean isError() {
        return error != null;
    }
}
