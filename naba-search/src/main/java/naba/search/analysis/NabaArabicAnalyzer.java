package naba.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import naba.normalize.ArabicNormalizer;

/**
 * naba's Arabic analysis as a plain Lucene {@link org.apache.lucene.analysis.Analyzer}, usable from Solr,
 * Elasticsearch or OpenSearch: {@link MorphStemTokenizer} (naba's tokens, each replaced by its host word from the
 * trained morphology, article removed) → {@link NabaNormalizationFilter} → stop words, then (by default)
 * {@link CliticStemFilter} on the host word. «وللحكومة» is indexed as «حكوم» (host «الحكومة»), «الفلسطينيين» as
 * «فلسطين», and «لبنان» stays «لبنان».
 *
 * <p>The stop words are Lucene's Arabic list, normalized the way naba normalizes terms, so «إلى» and «الى» are both
 * stopped. Thread-safe (Lucene reuses per-thread components).
 */
public final class NabaArabicAnalyzer extends StopwordAnalyzerBase {
    /** Lucene's Arabic stop words, search-normalized. */
    public static final CharArraySet DEFAULT_STOP_SET = normalizedStopSet();

    /**
     * The default: {@link MorphStemTokenizer.Mode#HOST_STEMMED}. {@code HOST} alone scores a little higher on the
     * retrieval evaluation but cannot match «فلسطين» with «الفلسطينيين» (docs/search-server.md).
     */
    public static final MorphStemTokenizer.Mode DEFAULT_MODE = MorphStemTokenizer.Mode.HOST_STEMMED;

    private final MorphStemTokenizer.Mode mode;

    public NabaArabicAnalyzer() {
        this(DEFAULT_STOP_SET, DEFAULT_MODE);
    }

    public NabaArabicAnalyzer(CharArraySet stopwords) {
        this(stopwords, DEFAULT_MODE);
    }

    public NabaArabicAnalyzer(CharArraySet stopwords, MorphStemTokenizer.Mode mode) {
        super(stopwords);
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        MorphStemTokenizer source = new MorphStemTokenizer(mode);
        TokenStream stream = new NabaNormalizationFilter(source);
        stream = new StopFilter(stream, stopwords);
        if (mode == MorphStemTokenizer.Mode.HOST_AND_TOKEN || mode == MorphStemTokenizer.Mode.HOST_STEMMED) {
            stream = new CliticStemFilter(stream);
        }
        if (mode != MorphStemTokenizer.Mode.HOST) {
            stream = new RemoveDuplicatesTokenFilter(stream); // a stacked reading may spell the host term again
        }
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
