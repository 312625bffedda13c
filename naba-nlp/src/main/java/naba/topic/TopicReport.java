package naba.topic;

import java.util.List;

/**
 * The result of evaluating a topic classifier: accuracy, macro-averaged F1 and the confusion matrix, e.g. 0.86
 * accuracy on ANT dev articles with «middleEast» and «internationalNews» as the main confusion.
 *
 * @param labels    row and column labels of the confusion matrix
 * @param confusion {@code confusion[gold][predicted]} counts
 * @param accuracy  share of articles whose most probable label is the gold one
 * @param macroF1   unweighted mean of the per-label F1 over the labels with gold or predicted articles
 * @param f1        per-label F1, indexed like {@code labels}
 */
public record TopicReport(List<String> labels, int[][] confusion, double accuracy, double macroF1, double[] f1) {
    public TopicReport {
        labels = List.copyOf(labels);
    }

    public int total() {
        int total = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                total += v;
            }
        }
        return total;
    }
}
