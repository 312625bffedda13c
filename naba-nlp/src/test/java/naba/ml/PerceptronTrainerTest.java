package naba.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerceptronTrainerTest {
    // A toy BIO task: words "name*" are entities, a "name" right after another name continues it.
    private static final LabelSet LABELS = LabelSet.of(List.of("O", "B", "I"));

    private static FeatureSequence features(String[] words) {
        FeatureSequence fs = new FeatureSequence();
        for (int i = 0; i < words.length; i++) {
            fs.nextPosition();
            fs.add(FeatureHash.of(1, words[i], 0, words[i].length()));
            fs.add(FeatureHash.of(2, words[i], 0, Math.min(4, words[i].length())));
            fs.add(FeatureHash.of(3, i == 0 ? "<s>" : words[i - 1], 0, i == 0 ? 3 : words[i - 1].length()));
        }
        return fs;
    }

    private static List<TrainingSequence> data(int n, long seed) {
        Random r = new Random(seed);
        List<TrainingSequence> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int len = 3 + r.nextInt(6);
            String[] words = new String[len];
            int[] labels = new int[len];
            for (int i = 0; i < len; i++) {
                boolean name = r.nextInt(3) == 0;
                words[i] = name ? "name" + r.nextInt(50) : "word" + r.nextInt(50);
                labels[i] = !name ? 0 : i > 0 && labels[i - 1] != 0 ? 2 : 1;
            }
            out.add(new TrainingSequence(features(words).copy(), labels));
        }
        return out;
    }

    private static final TransitionConstraint BIO = (prev, next) -> next != 2 || prev == 1 || prev == 2;

    @Test
    void learnsToyBioTaggingAndRespectsTheConstraint() {
        SequenceModel model = new PerceptronTrainer(new PerceptronOptions(5, 7L, 12, true, BIO))
                .train(LABELS, data(300, 1), EpochListener.NONE);
        int[] out = model.decode(features(new String[] {"word1", "name3", "name4", "word2", "name9"}));
        assertThat(out).containsExactly(0, 1, 2, 0, 1);
        assertThat(model.allowed(TransitionConstraint.START, 2)).isFalse();
        assertThat(model.allowed(0, 2)).isFalse();
        assertThat(model.allowed(1, 2)).isTrue();
    }

    @Test
    void sameSeedGivesTheSameModelBytes() throws IOException {
        List<TrainingSequence> train = data(200, 2);
        PerceptronTrainer trainer = new PerceptronTrainer(PerceptronOptions.tagger(3, 11L, 10));
        assertThat(bytes(trainer.train(LABELS, train, EpochListener.NONE)))
                .isEqualTo(bytes(trainer.train(LABELS, train, EpochListener.NONE)));
    }

    @Test
    void savedModelDecodesExactlyLikeTheQuantizedOne() throws IOException {
        List<TrainingSequence> train = data(200, 3);
        SequenceModel model = new PerceptronTrainer(PerceptronOptions.tagger(4, 5L, 10))
                .train(LABELS, train, EpochListener.NONE);
        SequenceModel loaded = SequenceModel.read(new DataInputStream(new ByteArrayInputStream(bytes(model))));
        SequenceModel quantized = model.quantized();
        assertThat(loaded.labels()).isEqualTo(LABELS);
        for (TrainingSequence s : data(50, 4)) {
            assertThat(loaded.decode(s.features())).containsExactly(quantized.decode(s.features()));
        }
    }

    @Test
    void meanOfModelsScoresTheMeanOfTheirScoresAndKeepsOwnFeaturesApart() {
        List<TrainingSequence> train = data(200, 9);
        SequenceModel a = new PerceptronTrainer(PerceptronOptions.tagger(3, 1L, 12)).train(LABELS, train,
                EpochListener.NONE).quantized();
        SequenceModel b = new PerceptronTrainer(PerceptronOptions.tagger(3, 2L, 12)).train(LABELS, train,
                EpochListener.NONE).quantized();
        int own = FeatureHash.of(3, "<s>", 0, 3);
        int renamed = FeatureHash.of(9, "<s>", 0, 3);
        SequenceModel mean = SequenceModel.mean(List.of(a, b), new int[][] {{}, {own}},
                new int[][] {{}, {renamed}});
        FeatureSequence fs = features(new String[] {"name7", "word3", "name1"});
        float[] sa = new float[3];
        float[] sb = new float[3];
        float[] sm = new float[3];
        for (int i = 1; i < fs.size(); i++) {
            a.scores(fs, i, sa);
            b.scores(fs, i, sb);
            mean.scores(fs, i, sm);
            for (int y = 0; y < 3; y++) {
                // The mean's weights are rounded to 10 bits: within 1 % of the scores' size.
                float size = Math.max(Math.abs(sa[y]), Math.abs(sb[y])) + 1e-3f;
                assertThat(sm[y]).isCloseTo((sa[y] + sb[y]) / 2, within(size / 100));
            }
        }
        // At the first word the second model's "<s>" weights are found only under the renamed feature.
        FeatureSequence alone = new FeatureSequence();
        alone.nextPosition();
        alone.add(own);
        FeatureSequence moved = new FeatureSequence();
        moved.nextPosition();
        moved.add(renamed);
        a.scores(alone, 0, sa);
        b.scores(alone, 0, sb);
        assertThat(sb).isNotEqualTo(new float[3]);
        mean.scores(alone, 0, sm);
        for (int y = 0; y < 3; y++) {
            assertThat(sm[y]).isCloseTo(sa[y] / 2, within(Math.abs(sa[y]) / 100 + 1e-3f));
        }
        mean.scores(moved, 0, sm);
        for (int y = 0; y < 3; y++) {
            assertThat(sm[y]).isCloseTo(sb[y] / 2, within(Math.abs(sb[y]) / 100 + 1e-3f));
        }
    }

    @Test
    void epochListenerSeesEveryEpoch() {
        List<Integer> epochs = new ArrayList<>();
        new PerceptronTrainer(PerceptronOptions.classifier(3, 1L, 8))
                .train(LABELS, data(20, 5), (epoch, m, mistakes) -> epochs.add(epoch));
        assertThat(epochs).containsExactly(1, 2, 3);
    }

    @Test
    void classifierScoresOnePosition() {
        SequenceModel model = new PerceptronTrainer(PerceptronOptions.classifier(5, 1L, 10))
                .train(LABELS, data(200, 6), EpochListener.NONE);
        FeatureSequence fs = features(new String[] {"word7"});
        assertThat(model.hasTransitions()).isFalse();
        assertThat(model.classify(fs, 0, new float[3])).isEqualTo(0);
    }

    @Test
    void subsetScoresEqualFullScoresOfThoseLabels() {
        SequenceModel model = new PerceptronTrainer(PerceptronOptions.classifier(3, 1L, 10))
                .train(LABELS, data(100, 8), EpochListener.NONE).quantized();
        FeatureSequence fs = features(new String[] {"name7", "word3"});
        float[] full = new float[3];
        float[] some = new float[2];
        for (int i = 0; i < 2; i++) {
            model.scores(fs, i, full);
            model.scores(fs, i, new int[] {2, 0}, 2, some);
            assertThat(some).containsExactly(full[2], full[0]);
        }
    }

    @Test
    void rejectsBadFilesAndLabels() {
        assertThatThrownBy(() -> SequenceModel.read(new DataInputStream(new ByteArrayInputStream(new byte[8]))))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("magic");
        List<TrainingSequence> bad = List.of(new TrainingSequence(features(new String[] {"a"}).copy(), new int[] {5}));
        assertThatThrownBy(() -> new PerceptronTrainer(PerceptronOptions.tagger(1, 1L, 8))
                .train(LABELS, bad, EpochListener.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelSet.of(List.of("A", "A"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptySequenceDecodesToNothing() {
        SequenceModel model = new PerceptronTrainer(PerceptronOptions.tagger(1, 1L, 8))
                .train(LABELS, data(5, 7), EpochListener.NONE);
        assertThat(model.decode(new FeatureSequence())).isEmpty();
    }

    private static byte[] bytes(SequenceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(new DataOutputStream(out));
        return out.toByteArray();
    }
}
