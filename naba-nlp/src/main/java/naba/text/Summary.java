package naba.text;

import java.util.List;

/**
 * An extractive summary: whole sentences of the document, in text order. For a news article on «افتتاح جسر
 * جديد في المدينة» it is usually the lead plus the sentence that best covers the rest of the story.
 *
 * @param sentences the picked sentences, ordered by start offset
 * @param words     the number of word tokens (Arabic, Latin, numbers) in them
 */
public record Summary(List<SummarySentence> sentences, int words) {
    public Summary {
        sentences = List.copyOf(sentences);
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).start() < sentences.get(i - 1).end()) {
                throw new IllegalArgumentException("summary sentences overlap or are out of order at " + i);
            }
        }
    }

    /** The summary text: the surfaces of its sentences joined by one space. */
    public String text(Document document) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : sentences) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(document.surface(s));
        }
        return out.toString();
    }
}
