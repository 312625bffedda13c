package naba.topic;

import java.util.Objects;

/**
 * One article of a labelled news corpus such as ANT: «افتتحت البلدية جسرا جديدا ...» filed by {@code BBC}
 * under {@code economy}, with the editor's abstract.
 *
 * @param id       the corpus id ({@code docno})
 * @param source   the outlet ({@code BBC}, {@code CNN}, {@code skynews}, ...)
 * @param label    the topic label (the corpus category)
 * @param title    the headline, possibly empty
 * @param summary  the abstract, possibly empty
 * @param text     the article body
 */
public record NewsArticle(String id, String source, String label, String title, String summary, String text) {
    public NewsArticle {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        label = label == null ? "" : label;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
    }
}
