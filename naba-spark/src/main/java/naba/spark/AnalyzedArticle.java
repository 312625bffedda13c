package naba.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What the executors produce for one article and the driver-side steps need: the document row, the rows of each
 * layer table, the MinHash fingerprint, and the story view (terms and entities). Only plain serializable types, so it
 * travels with Spark's default serializer. An article that failed carries only its error.
 */
final class AnalyzedArticle implements Serializable {
    private static final long serialVersionUID = 1L;

    String input;
    long record;
    String id;
    String error;

    /** Document columns except the corpus-level ones (duplicate group, story). */
    List<Object> document;
    Map<String, List<Row>> layers = new LinkedHashMap<>();

    long exactHash;
    int[] signature;
    int shingles;

    String title;
    LocalDate date;
    String source;
    ArrayList<String> terms;
    /** Entity names, types and mention counts, in the order of the entity layer. */
    ArrayList<String> entityNames = new ArrayList<>();
    ArrayList<String> entityTypes = new ArrayList<>();
    ArrayList<Integer> entityMentions = new ArrayList<>();
    long words;

    boolean isError() {
        return error != null;
    }

    static AnalyzedArticle failed(String input, long record, String id, String reason) {
        AnalyzedArticle a = new AnalyzedArticle();
        a.input = input;
        a.record = record;
        a.id = id;
        a.error = reason;
        return a;
    }
}
