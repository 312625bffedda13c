package naba.topic;

import java.util.ArrayList;
import java.util.List;
import naba.tokenize.ArabicTokenizer;

/**
 * Scores a {@link TopicModel} against gold labels: accuracy, macro-F1 and the confusion matrix. An article labelled
 * «sport» that the model calls «culture» adds one to {@code confusion[sport][culture]}. Gold labels the model does
 * not know are counted as errors.
 */
public final class TopicEvaluator {
    private TopicEvaluator() {
    }

    public static TopicReport evaluate(TopicModel model, List<TopicExample> gold) {
        List<String> labels = new ArrayList<>(model.labels());
        for (TopicExample e : gold) {
            if (!labels.contains(e.label())) {
                labels.add(e.label());
            }
        }
        int k = labels.size();
        int[][] confusion = new int[k][k];
        TopicFeatures features = model.features();
        for (TopicExample e : gold) {
            int predicted = model.predict(features.extract(ArabicTokenizer.INSTANCE.tokenize(e.text())));
            confusion[labels.indexOf(e.label())][predicted]++;
        }
        return report(labels, confusion);
    }

    static TopicReport report(List<String> labels, int[][] confusion) {
        int k = labels.size();
        long correct = 0;
        long total = 0;
        double[] f1 = new double[k];
        double f1Sum = 0;
        int counted = 0;
        for (int l = 0; l < k; l++) {
            long gold = 0;
            long predicted = 0;
            for (int m = 0; m < k; m++) {
                gold += confusion[l][m];
                predicted += confusion[m][l];
                total += confusion[l][m];
            }
            long tp = confusion[l][l];
            correct += tp;
            if (gold + predicted == 0) {
                continue; // a label absent from both sides says nothing about the classifier
            }
            f1[l] = 2.0 * tp / (gold + predicted);
            f1Sum += f1[l];
            counted++;
        }
        double accuracy = total == 0 ? 0 : (double) correct / total;
        return new TopicReport(labels, confusion, accuracy, counted == 0 ? 0 : f1Sum / counted, f1);
    }
}
