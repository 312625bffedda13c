package naba.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureSequenceTest {
    @Test
    void storesFeaturesPerPositionAndGrows() {
        FeatureSequence fs = new FeatureSequence(1);
        for (int i = 0; i < 100; i++) {
            fs.nextPosition();
            for (int k = 0; k <= i % 3; k++) {
                fs.add(i * 10 + k);
            }
        }
        assertThat(fs.size()).isEqualTo(100);
        assertThat(fs.end(4) - fs.start(4)).isEqualTo(2);
        assertThat(fs.featureArray()[fs.start(4) + 1]).isEqualTo(41);
        FeatureSequence copy = fs.copy();
        fs.clear();
        assertThat(fs.size()).isZero();
        assertThat(copy.size()).isEqualTo(100);
        assertThat(copy.featureArray()[copy.start(99)]).isEqualTo(990);
    }

    @Test
    void withExtrasAppendsEachPositionsExtraIds() {
        FeatureSequence fs = new FeatureSequence();
        fs.nextPosition();
        fs.add(1);
        fs.add(2);
        fs.nextPosition();
        fs.add(3);
        FeatureSequence out = new FeatureSequence();
        out.nextPosition();
        out.add(99);
        fs.withExtras(new int[] {10, 11, 20, 21}, 2, out);
        assertThat(out.size()).isEqualTo(2);
        assertThat(java.util.Arrays.copyOfRange(out.featureArray(), out.start(0), out.end(0))).containsExactly(1, 2,
                10, 11);
        assertThat(java.util.Arrays.copyOfRange(out.featureArray(), out.start(1), out.end(1))).containsExactly(3, 20,
                21);
        assertThatThrownBy(() -> fs.withExtras(new int[3], 2, out)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addBeforeAPositionFails() {
        assertThatThrownBy(() -> new FeatureSequence().add(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hashesDependOnTemplateAndCharactersOnly() {
        String s = "والحكومة";
        assertThat(FeatureHash.of(3, s, 1, 4)).isEqualTo(FeatureHash.of(3, "الح", 0, 3))
                .isEqualTo(FeatureHash.of(3, s.toCharArray(), 1, 4))
                .isNotEqualTo(FeatureHash.of(4, s, 1, 4));
        assertThat(FeatureHash.of(1, 5)).isNotEqualTo(FeatureHash.of(1, 6));
        assertThat(FeatureHash.combine(1, 2)).isNotEqualTo(FeatureHash.combine(2, 1));
    }
}
