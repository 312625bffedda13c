package naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Measures how well an analyzer retrieves an article from its headline: every article's text (without its title)
 * is indexed in memory with BM25, every title is run as a query, and the report gives MRR@10 and recall@10. The
 * article «كيري يبحث مع لافروف الوضع في سوريا» counts as found when it, or an article with the same text (corpora
 * carry copies), ranks in the top ten for its headline.
 */
public final class RetrievalEvaluator {
    public static final int CUTOFF = 10;
    private static final String TEXT = "text";
    private static final String GROUP = "group";

    /** An article: id, headline and text. */
    public record Article(String id, String title, String text) {
    }

    /** MRR@10 and recall@10 over {@code queries} headlines. */
    public record Report(int documents, int queries, double mrrAt10, double recallAt10) {
    }

    /** Indexes {@code articles} with {@code analyzer} and runs their titles as queries. */
    public Report evaluate(List<Article> articles, Analyzer analyzer) {
        Map<String, Integer> groups = new HashMap<>();
        int[] groupOf = new int[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            groupOf[i] = groups.computeIfAbsent(articles.get(i).text(), t -> groups.size());
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < articles.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, articles.get(i).text(), Field.Store.NO));
                    d.add(new StoredField(GROUP, groupOf[i]));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                StoredFields stored = searcher.storedFields();
                QueryBuilder builder = new QueryBuilder(analyzer);
                int queries = 0;
                double reciprocalRanks = 0;
                int found = 0;
                for (int i = 0; i < articles.size(); i++) {
                    String title = articles.get(i).title();
                    if (title == null || title.isBlank()) {
                        continue;
                    }
                    queries++;
                    Query query = builder.createBooleanQuery(TEXT, title);
                    if (query == null) {
                        continue; // nothing but stop words: a miss
                    }
                    ScoreDoc[] top = searcher.search(query, CUTOFF).scoreDocs;
                    for (int rank = 0; rank < top.length; rank++) {
                        int group = stored.document(top[rank].doc).getField(GROUP).numericValue().intValue();
                        if (group == groupOf[i]) {
                            reciprocalRanks += 1.0 / (rank + 1);
                            found++;
                            break;
                        }
                    }
                }
                return new Report(articles.size(), queries, queries == 0 ? 0 : reciprocalRanks / queries,
                        queries == 0 ? 0 : (double) found / queries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
