package naba.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import naba.normalize.ArabicNormalizer;

/**
 * naba's Arabic analysis as a plain Lucene {@link org.apache.lucene.analysis.Analyzer}, usable from Solr,
 * Elasticsearch or OpenSearch: {@link NabaTokenizer} → {@link NabaNormalizationFilter} → stop words →
 * {@link CliticStemFilter}. «وبالفلسطينيين» is indexed as «فلسطين», and «لبنان» stays «لبنان».
 *
 * <p>The stop words are Lucene's Arabic list, normalized the way naba normalizes terms, so «إلى» and «الى» are both
 * stopped. Thread-safe (Lucene reuses per-thread components).
 */
public final class NabaArabicAnalyzer extends StopwordAnalyzerBase {
    /** Lucene's Arabic stop words, search-normalized. */
    public static final CharArraySet DEFAULT_STOP_SET = normalizedStopSet();

    public NabaArabicAnalyzer() {
        super(DEFAULT_STOP_SET);
    }

    public NabaArabicAnalyzer(CharArraySet stopwords) {
        super(stopwords);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        NabaTokenizer source = new NabaTokenizer();
        TokenStream stream = new NabaNormalizationFilter(source);
        stream = new StopFilter(stream, stopwords);
        stream = new CliticStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NabaNormalizationFilter(in, false);
    }

    private static CharArraySet normalizedStopSet() {
        CharArraySet set = new CharArraySet(256, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            set.add(ArabicNormalizer.SEARCH.normalize(text));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
