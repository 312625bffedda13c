package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.ml.FeatureSequence;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
    @Test
    void theTaggersFormKeepsAFinalAlefMaksuraApart() {
        assertThat(NerFeatures.normalize(List.of("على", "علي", "عَلَى", "وعلى", "الأمريكية", "مستشفى")))
                .containsExactly("على", "علي", "على", "وعلى", "الامريكيه", "مستشفى");
        assertThat(WordHash.of("على")).as("statistics are shared").isEqualTo(WordHash.of("علي"));
        assertThat(WordHash.of("مستشفى")).isEqualTo(WordHash.of("مستشفي"));
    }

    @Test
    void thePrepositionAndTheNameGetDifferentWordFeatures() {
        NerFeatures features = new NerFeatures(NerLexicon.empty());
        FeatureSequence preposition = new FeatureSequence();
        FeatureSequence name = new FeatureSequence();
        features.extract(NerFeatures.normalize(List.of("على")), new byte[1], preposition);
        features.extract(NerFeatures.normalize(List.of("علي")), new byte[1], name);
        int[] a = java.util.Arrays.copyOfRange(preposition.featureArray(), preposition.start(0), preposition.end(0));
        int[] b = java.util.Arrays.copyOfRange(name.featureArray(), name.start(0), name.end(0));
        // the word's own feature (after the bias) differs
        assertThat(a[1]).isNotEqualTo(b[1]);
    }
}
