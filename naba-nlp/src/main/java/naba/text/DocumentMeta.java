package naba.text;

import java.time.LocalDate;

/**
 * Optional metadata of an article; any field may be null.
 *
 * @param title  the headline, e.g. «كيري يبحث مع لافروف الوضع في سوريا»
 * @param date   the publication date, used to resolve relative time expressions such as «أمس»
 * @param source the outlet or agency, e.g. {@code aawsat}
 * @param url    where the article was published
 */
public record DocumentMeta(String title, LocalDate date, String source, String url) {
    public static final DocumentMeta NONE = new DocumentMeta(null, null, null, null);

    public DocumentMeta withDate(LocalDate newDate) {
        return new DocumentMeta(title, newDate, source, url);
    }
}
