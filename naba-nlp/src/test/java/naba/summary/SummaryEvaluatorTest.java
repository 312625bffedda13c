package naba.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import naba.testing.SharedData;
import naba.topic.NewsArticle;
import naba.topic.NewsCorpus;
import org.junit.jupiter.api.Test;

class SummaryEvaluatorTest {
    private static final String TEXT = "افتتحت بلدية المدينة جسرا جديدا فوق النهر بكلفة عشرين مليون دينار.\n"
            + "وكان الجسر القديم قد أغلق بعد ظهور تشققات في أعمدته.";

    @Test
    void onlyEditorWrittenBbcAndCnnAbstractsCount() {
        String real = "البلدية تفتتح جسرا جديدا يربط ضفتي النهر";
        assertThat(SummaryEvaluator.hasRealAbstract(new NewsArticle("1", "BBC", "economy", "", real, TEXT))).isTrue();
        assertThat(SummaryEvaluator.hasRealAbstract(new NewsArticle("2", "CNN", "economy", "", real, TEXT))).isTrue();
        assertThat(SummaryEvaluator.hasRealAbstract(new NewsArticle("3", "skynews", "economy", "", real, TEXT)))
                .isFalse();
        String copiedLead = "افتتحت بلدية المدينة جسرا جديدا فوق النهر بكلفة";
        assertThat(SummaryEvaluator.hasRealAbstract(new NewsArticle("4", "BBC", "economy", "", copiedLead, TEXT)))
                .isFalse();
        assertThat(SummaryEvaluator.hasRealAbstract(new NewsArticle("5", "BBC", "economy", "", "", TEXT))).isFalse();
    }

    @Test
    void scoresNabaAndTheLeadBaselinesOnHandArticles() {
        // The abstract is the first sentence reworded: lead-1 and naba (which picks it) share its known scores.
        String summary = "بلدية المدينة افتتحت جسرا جديدا فوق النهر بكلفة عشرين مليون";
        NewsArticle article = new NewsArticle("1", "BBC", "economy", "", summary, TEXT);
        SummaryReport report = SummaryEvaluator.evaluate(ExtractiveSummarizer.standard(), List.of(article,
                new NewsArticle("2", "skynews", "economy", "", summary, TEXT)));
        assertThat(report.articles()).isEqualTo(1);
        // Lead: 11 terms, abstract 10, all 10 shared; LCS 9 (all but افتتحت); bigrams 7 shared of 10 and 9
        // (all but those touching افتتحت, and «مليون دينار»).
        assertThat(report.lead1().rouge1()).isCloseTo(2 * 10 / 21.0, within(1e-12));
        assertThat(report.lead1().rougeL()).isCloseTo(2 * 9 / 21.0, within(1e-12));
        assertThat(report.lead1().rouge2()).isCloseTo(2 * 7 / 19.0, within(1e-12));
        assertThat(report.naba()).isEqualTo(report.lead1());
        assertThat(report.lead2().rouge1()).isLessThan(report.lead1().rouge1());
        assertThat(report.words()).isEqualTo(11.0);
    }

    @Test
    void beatsLeadOneOnTheCheckHalfOfTheAntAbstracts() {
        Path file = SharedData.require(NewsCorpus.ANT_MULTISOURCE);
        List<NewsArticle> check = new ArrayList<>();
        for (NewsArticle a : NewsCorpus.read(file).articles()) {
            if (SummaryEvaluator.isCheckHalf(a) && SummaryEvaluator.hasRealAbstract(a)) {
                check.add(a);
            }
        }
        assertThat(check).hasSizeGreaterThan(2500);
        SummaryReport report = SummaryEvaluator.evaluate(ExtractiveSummarizer.standard(), check);
        assertThat(report.naba().rougeL()).isGreaterThan(report.lead1().rougeL());
        assertThat(report.naba().rougeL()).isGreaterThan(0.6);
        assertThat(report.naba().rougeL()).isGreaterThan(report.lead2().rougeL());
    }
}
