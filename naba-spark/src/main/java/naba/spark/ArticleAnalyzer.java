package naba.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.dedup.DedupOptions;
import naba.dedup.Fingerprint;
import naba.story.StoryArticle;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Entity;
import naba.text.Layers;
import naba.text.Mention;
import org.apache.spark.sql.Row;

/**
 * Analyzes one parsed article on an executor with the JVM's shared pipeline ({@link PipelineHolder}) and turns the
 * document into table rows. «قال كيري» becomes a document row, its mentions' rows, a fingerprint and story terms.
 * A failure of the pipeline on one article becomes that article's error, so the job goes on.
 */
final class ArticleAnalyzer {
    private ArticleAnalyzer() {
    }

    static AnalyzedArticle analyze(ParsedArticle parsed, List<LayerTable> tables, List<LayerTable> columns,
                                   DedupOptions dedup) {
        if (parsed.isError()) {
            return AnalyzedArticle.failed(parsed.input, parsed.record, parsed.id, parsed.error);
        }
        Document d;
        try {
            d = PipelineHolder.pipeline().annotate(parsed.id, parsed.text,
                    new DocumentMeta(parsed.title, parsed.date, parsed.source, parsed.url));
        } catch (RuntimeException | StackOverflowError e) {
            return AnalyzedArticle.failed(parsed.input, parsed.record, parsed.id,
                    "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        AnalyzedArticle a = new AnalyzedArticle();
        a.input = parsed.input;
        a.record = parsed.record;
        a.id = d.id();
        a.words = words(d.text());
        a.document = documentValues(d, parsed.input, parsed.record, a.words, columns);
        for (LayerTable table : tables) {
            if (d.has(table.key())) {
                a.layers.put(table.name(), layerRows(d, table));
            }
        }
        Fingerprint print = PipelineHolder.hasher(dedup).fingerprint(d.id(), d.text(), d.layer(Layers.TOKENS));
        a.exactHash = print.exactHash();
        a.signature = print.signature();
        a.shingles = print.shingles();
        StoryArticle story = StoryArticle.of(d);
        a.title = story.title();
        a.date = story.date();
        a.source = story.source();
        a.terms = new ArrayList<>(story.terms());
        entities(d, a);
        return a;
    }

    /** The rows of one list layer: doc id, index, then the record's fields. */
    static List<Row> layerRows(Document d, LayerTable table) {
        List<?> elements = (List<?>) d.layer(table.key());
        List<Row> rows = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            List<Object> values = new ArrayList<>();
            values.add(d.id());
            values.add(i);
            values.addAll(RecordRows.values(elements.get(i)));
            rows.add(RecordRows.row(values));
        }
        return rows;
    }

    static List<Object> documentValues(Document d, String input, long record, long words, List<LayerTable> columns) {
        List<Object> v = new ArrayList<>();
        v.add(d.id());
        v.add(d.meta().title());
        v.add(d.meta().date() == null ? null : java.sql.Date.valueOf(d.meta().date()));
        v.add(d.meta().source());
        v.add(d.meta().url());
        v.add(input);
        v.add(record);
        v.add(d.text().length());
        v.add(words);
        v.add(d.has(Layers.TOKENS) ? d.layer(Layers.TOKENS).size() : 0);
        v.add(d.has(Layers.SENTENCES) ? d.layer(Layers.SENTENCES).size() : 0);
        v.add(d.has(Layers.PARAGRAPHS) ? d.layer(Layers.PARAGRAPHS).size() : 0);
        for (LayerTable column : columns) {
            v.add(d.has(column.key()) ? RecordRows.value(d.layer(column.key()), column.recordClass()) : null);
        }
        return v;
    }

    /** White-space separated words, the count the corpora's descriptions use (8.8 M for SaudiNewsNet). */
    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Entities from the entity layer, or else mention surfaces grouped by text and type. */
    private static void entities(Document d, AnalyzedArticle a) {
        if (d.has(Layers.ENTITIES)) {
            for (Entity e : d.layer(Layers.ENTITIES)) {
                a.entityNames.add(e.canonical());
                a.entityTypes.add(e.type().name());
                a.entityMentions.add(e.mentions().size());
            }
        } else if (d.has(Layers.MENTIONS)) {
            Map<String, Integer> index = new HashMap<>();
            for (Mention m : d.layer(Layers.MENTIONS)) {
                String key = m.surface() + "\u0000" + m.type().name();
                Integer i = index.get(key);
                if (i == null) {
                    index.put(key, a.entityNames.size());
                    a.entityNames.add(m.surface());
                    a.entityTypes.add(m.type().name());
                    a.entityMentions.add(1);
                } else {
                    a.entityMentions.set(i, a.entityMentions.get(i) + 1);
                }
            }
        }
    }
}
