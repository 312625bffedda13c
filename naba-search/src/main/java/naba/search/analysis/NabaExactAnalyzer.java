package naba.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The exact field's analysis: naba tokens, search-normalized, nothing removed or stemmed. «الفلسطينيين» stays
 * «الفلسطينيين», so a query in quotes can ask for that form only. Thread-safe.
 */
public final class NabaExactAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        NabaTokenizer source = new NabaTokenizer();
        return new TokenStreamComponents(source, new NabaNormalizationFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NabaNormalizationFilter(in, false);
    }
}
