package naba.topic;

import java.util.Objects;

/**
 * A labelled text for training or evaluating the topic classifier: {@code ("sport", "فاز الأهلي على الزمالك ...")}.
 *
 * @param label the gold topic label
 * @param text  the article body
 */
public record TopicExample(String label, String text) {
    public TopicExample {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (label.isBlank()) {
            throw new IllegalArgumentException("topic example without a label");
        }
    }

    public static TopicExample of(NewsArticle article) {
        return new TopicExample(article.label(), article.text());
    }
}
