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
