package naba.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.search.analysis.NabaArabicAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

class RetrievalEvaluatorTest {
    private static final List<RetrievalEvaluator.Article> ARTICLES = List.of(
            new RetrievalEvaluator.Article("1", "لافروف يلتقي كيري",
                    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري في جنيف."),
            new RetrievalEvaluator.Article("2", "اقتصاد لبنان",
                    "تراجع الاقتصاد اللبناني هذا العام بسبب الأزمة."),
            new RetrievalEvaluator.Article("3", "الفلسطينيون في غزة",
                    "قالت الأمم المتحدة إن الفلسطينيين في غزة بحاجة إلى مساعدات عاجلة."),
            new RetrievalEvaluator.Article("4", "", "نص بلا عنوان لا يصبح استعلاما."));

    @Test
    void stemmingFindsEveryArticleFromItsHeadline() {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            RetrievalEvaluator.Report report = new RetrievalEvaluator().evaluate(ARTICLES, analyzer);
            assertThat(report.documents()).isEqualTo(4);
            assertThat(report.queries()).isEqualTo(3);
            assertThat(report.mrrAt10()).isEqualTo(1.0);
            assertThat(report.recallAt10()).isEqualTo(1.0);
        }
    }

    @Test
    void surfaceFormsAloneMissInflectedHeadlines() {
        try (Analyzer analyzer = new WhitespaceAnalyzer()) {
            RetrievalEvaluator.Report report = new RetrievalEvaluator().evaluate(ARTICLES, analyzer);
            // «اقتصاد لبنان» and «الاقتصاد اللبناني» share no surface form.
            assertThat(report.recallAt10()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
