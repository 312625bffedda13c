package naba.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import naba.topic.NewsArticle;
import naba.topic.NewsCorpus;

/**
 * Measures summaries against real abstracts: ROUGE-1, ROUGE-2 and ROUGE-L F1 for an {@link ExtractiveSummarizer}
 * and for the lead-1 and lead-2 baselines, averaged over articles. Only articles whose abstract an editor wrote
 * («البلدية تفتتح جسرا ...» beside a text opening «افتتحت البلدية جسرا ...») count: BBC and CNN items whose
 * abstract is not simply the first words of the text.
 */
public final class SummaryEvaluator {
    /** An abstract whose first this-many terms open the text is a copied lead, not a summary. */
    static final int COPIED_LEAD_TERMS = 8;

    private SummaryEvaluator() {
    }

    /** True for BBC and CNN articles whose abstract is not a copy of the text's lead. */
    public static boolean hasRealAbstract(NewsArticle article) {
        String source = article.source().toUpperCase(Locale.ROOT);
        if (!source.equals("BBC") && !source.equals("CNN")) {
            return false;
        }
        List<String> summary = Rouge.terms(article.summary());
        if (summary.size() < 3 || article.text().isBlank()) {
            return false;
        }
        List<String> text = Rouge.terms(article.text());
        int k = Math.min(COPIED_LEAD_TERMS, summary.size());
        return text.size() < k || !text.subList(0, k).equals(summary.subList(0, k));
    }

    /**
     * The half of the articles (by a hash of the text, see {@link NewsCorpus#isDev}) kept out of tuning the
     * summarizer's weights; the other half tuned them.
     */
    public static boolean isCheckHalf(NewsArticle article) {
        return NewsCorpus.isDev(article, 50);
    }

    public static SummaryReport evaluate(ExtractiveSummarizer summarizer, List<NewsArticle> articles) {
        double[] naba = new double[3];
        double[] lead1 = new double[3];
        double[] lead2 = new double[3];
        long words = 0;
        int n = 0;
        for (NewsArticle article : articles) {
            if (!hasRealAbstract(article)) {
                continue;
            }
            String title = article.title().isBlank() ? null : article.title();
            Document document = Document.of(article.id(), article.text(), new DocumentMeta(title, null,
                    article.source(), null));
            document = SentenceSplitter.INSTANCE.annotate(ArabicTokenizer.INSTANCE.annotate(document));
            List<String> reference = Rouge.terms(article.summary());
            var summary = summarizer.summarize(document);
            words += summary.words();
            add(naba, Rouge.score(Rouge.terms(summary.text(document)), reference));
            add(lead1, Rouge.score(lead(document, 1), reference));
            add(lead2, Rouge.score(lead(document, 2), reference));
            n++;
        }
        return new SummaryReport(n, mean(naba, n), mean(lead1, n), mean(lead2, n), n == 0 ? 0 : (double) words / n);
    }

    /** The terms of the first {@code k} sentences. */
    static List<String> lead(Document document, int k) {
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        if (sentences.isEmpty()) {
            return List.of();
        }
        int end = sentences.get(Math.min(k, sentences.size()) - 1).end();
        int[] range = tokens.indexRange(0, end);
        return Rouge.terms(new ArrayList<>(tokens.subList(range[0], range[1])));
    }

    private static void add(double[] sums, Rouge.Scores scores) {
        sums[0] += scores.rouge1();
        sums[1] += scores.rouge2();
        sums[2] += scores.rougeL();
    }

    private static Rouge.Scores mean(double[] sums, int n) {
        return n == 0 ? new Rouge.Scores(0, 0, 0) : new Rouge.Scores(sums[0] / n, sums[1] / n, sums[2] / n);
    }
}
