package naba.summary;

/**
 * ROUGE F1 of naba's summaries and of the lead baselines against editor-written abstracts, averaged over articles:
 * e.g. the BBC and CNN Arabic abstracts, which editors write rather than copy from the lead («البلدية تفتتح جسرا ...»
 * beside a text opening «افتتحت البلدية جسرا ...»).
 *
 * @param articles how many article/abstract pairs were scored
 * @param naba     naba's extractive summaries
 * @param lead1    the first sentence of each article
 * @param lead2    the first two sentences
 * @param words    mean length of naba's summaries, in words
 */
public record SummaryReport(int articles, Rouge.Scores naba, Rouge.Scores lead1, Rouge.Scores lead2, double words) {
}
