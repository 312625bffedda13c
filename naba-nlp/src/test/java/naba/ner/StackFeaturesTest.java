package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackFeaturesTest {
    private static final int O = 0;
    private static final int B_LOC = LabelCodec.BIO.indexOf("B-LOC");
    private static final int B_MISC = LabelCodec.BIO.indexOf("B-MISC");

    private static long[] words(String... forms) {
        long[] out = new long[forms.length];
        for (int i = 0; i < forms.length; i++) {
            out[i] = WordHash.of(forms[i]);
        }
        return out;
    }

    private static int[] features(int[][] all, int sentence, int token) {
        int p = StackFeatures.PER_TOKEN;
        return Arrays.copyOfRange(all[sentence], token * p, (token + 1) * p);
    }

    @Test
    void givesOneFeaturePerTemplateAndToken() {
        int[][] f = new StackFeatures(LabelCodec.BIO, 1).extract(List.of(words("وصل", "أورفان"), words("غادر")),
                List.of(new int[] {O, B_LOC}, new int[] {O}));
        assertThat(f[0]).hasSize(2 * StackFeatures.PER_TOKEN);
        assertThat(f[1]).hasSize(StackFeatures.PER_TOKEN);
    }

    @Test
    void aWordsFeaturesDependOnItsLabelsInNearbySentencesOnly() {
        StackFeatures stack = new StackFeatures(LabelCodec.BIO, 1);
        List<long[]> bare = List.of(words("أورفان", "فاز"), words("قال", "أورفان"), words("غادر"), words("أورفان"));
        // «أورفان» of sentence 1: its neighbour sentence 0 says LOC in one run and MISC in the other.
        int[][] loc = stack.extract(bare, List.of(new int[] {B_LOC, O}, new int[] {O, O}, new int[] {O},
                new int[] {B_MISC}));
        int[][] misc = stack.extract(bare, List.of(new int[] {B_MISC, O}, new int[] {O, O}, new int[] {O},
                new int[] {B_MISC}));
        assertThat(features(loc, 1, 1)).isNotEqualTo(features(misc, 1, 1));
        // Sentence 3 is two sentences away from sentence 0: outside the window, unaffected.
        assertThat(features(loc, 3, 0)).isEqualTo(features(misc, 3, 0));
    }
}
