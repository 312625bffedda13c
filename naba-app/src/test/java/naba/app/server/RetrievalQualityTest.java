package naba.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import naba.app.EvalRetrievalCommandAccess;
import naba.search.RetrievalEvaluator;
import naba.search.analysis.NabaArabicAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

/** Headline retrieval on CNN articles of the ANT corpus: naba's analyzer beats Lucene's ArabicAnalyzer. */
class RetrievalQualityTest {
    @Test
    void nabaAnalyzerBeatsLuceneArabicAnalyzerOnCnnHeadlines() throws Exception {
        String corpus = SharedData.require("data/ant-corpus/ant_v2.1_multisource.jsonl.gz").toString();
        List<RetrievalEvaluator.Article> articles = EvalRetrievalCommandAccess.read(corpus, Set.of("CNN"), 1500);
        assertThat(articles).hasSize(1500);
        RetrievalEvaluator evaluator = new RetrievalEvaluator();
        RetrievalEvaluator.Report naba;
        RetrievalEvaluator.Report lucene;
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            naba = evaluator.evaluate(articles, analyzer);
        }
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            lucene = evaluator.evaluate(articles, analyzer);
        }
        // Measured: naba 0.8437 / 0.9493, Lucene 0.8340 / 0.9393 (MRR@10 / recall@10).
        assertThat(naba.mrrAt10()).isGreaterThan(lucene.mrrAt10()).isGreaterThan(0.83);
        assertThat(naba.recallAt10()).isGreaterThan(lucene.recallAt10()).isGreaterThan(0.94);
    }
}
