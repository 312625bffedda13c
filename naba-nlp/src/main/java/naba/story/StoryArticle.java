package naba.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import naba.dedup.ContentWords;
import naba.text.Document;
import naba.text.Entity;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Token;
import naba.tokenize.ArabicTokenizer;

/**
 * What story detection needs of one article: id, title, date, the stems of its content words (title included) and
 * the names of its entities. For «كيري يبحث مع لافروف الوضع في سوريا» the terms include «كيري», «بحث»... and the
 * entities «جون كيري», «سيرغي لافروف» when the document has an entity layer.
 *
 * @param id       the article id
 * @param title    the headline, or {@code null}
 * @param date     publication date, or {@code null} (undated articles are grouped only with each other)
 * @param source   the outlet, or {@code null}
 * @param terms    content-word stems of title and text, repeats kept (title words counted twice)
 * @param entities canonical entity names, without repeats
 */
public record StoryArticle(String id, String title, LocalDate date, String source, List<String> terms,
                           List<String> entities) {
    public StoryArticle {
        terms = List.copyOf(terms);
        entities = List.copyOf(entities);
    }

    /**
     * The story view of an analyzed document: its tokens (tokenized here when absent), title, and entities from
     * {@code ENTITIES} when present, else the surfaces of {@code MENTIONS}, else none.
     */
    public static StoryArticle of(Document document) {
        List<Token> tokens = document.has(Layers.TOKENS) ? document.layer(Layers.TOKENS)
                : ArabicTokenizer.INSTANCE.tokenize(document.text());
        String title = document.meta().title();
        List<String> terms = new ArrayList<>();
        if (title != null) {
            List<String> titleTerms = ContentWords.INSTANCE.stems(ArabicTokenizer.INSTANCE.tokenize(title));
            terms.addAll(titleTerms);
            terms.addAll(titleTerms);
        }
        terms.addAll(ContentWords.INSTANCE.stems(tokens));
        Set<String> entities = new LinkedHashSet<>();
        if (document.has(Layers.ENTITIES)) {
            for (Entity e : document.layer(Layers.ENTITIES)) {
                entities.add(e.canonical());
            }
        } else if (document.has(Layers.MENTIONS)) {
            for (Mention m : document.layer(Layers.MENTIONS)) {
                entities.add(m.surface());
            }
        }
        return new StoryArticle(document.id(), title, document.meta().date(), document.meta().source(), terms,
                new ArrayList<>(entities));
    }
}
