package naba.bench;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The Lucene side of the benchmarks: runs an analyzer over every text and reads every term. */
final class LuceneBaseline {
    private LuceneBaseline() {
    }

    /** Lucene's {@code StandardTokenizer} + {@code ArabicNormalizationFilter}: tokenize and normalize only. */
    static Analyzer standardArabicNormalization() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ArabicNormalizationFilter(tokenizer));
            }
        };
    }

    /** Analyzes each text and returns the total length of the terms, so no work can be skipped. */
    static long analyze(Analyzer analyzer, List<String> texts) throws IOException {
        long chars = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("body", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    chars += term.length();
                }
                stream.end();
            }
        }
        return chars;
    }
}
