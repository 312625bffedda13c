package naba.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
    @Test
    void termsAreNormalizedWordsWithoutPunctuation() {
        assertThat(Rouge.terms("قالت الخارجية الأميركية، أمس: «انتهى» 25 CNN!"))
                .containsExactly("قالت", "الخارجيه", "الاميركيه", "امس", "انتهي", "25", "cnn");
    }

    @Test
    void handExampleHasKnownScores() {
        List<String> candidate = Rouge.terms("قال الوزير إن الاتفاق انتهى");
        List<String> reference = Rouge.terms("قال الوزير الاتفاق انتهى أمس");
        // Unigrams: 4 of 5 on each side. Bigrams: «قال الوزير», «الاتفاق انتهى»: 2 of 4 each. LCS: 4.
        Rouge.Scores s = Rouge.score(candidate, reference);
        assertThat(s.rouge1()).isCloseTo(0.8, within(1e-12));
        assertThat(s.rouge2()).isCloseTo(0.5, within(1e-12));
        assertThat(s.rougeL()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void lcsFollowsOrderWhileUnigramsDoNot() {
        List<String> candidate = List.of("ج", "ب", "ا");
        List<String> reference = List.of("ا", "ب", "ج");
        assertThat(Rouge.rougeN(candidate, reference, 1)).isEqualTo(1.0);
        assertThat(Rouge.rougeN(candidate, reference, 2)).isEqualTo(0.0);
        assertThat(Rouge.rougeL(candidate, reference)).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void clipsRepeatedTerms() {
        // Candidate «في في في» against «في»: one match, P = 1/3, R = 1, F1 = 0.5.
        assertThat(Rouge.rougeN(List.of("في", "في", "في"), List.of("في"), 1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void spellingVariantsMatchAndEmptySidesScoreZero() {
        assertThat(Rouge.score(Rouge.terms("الأميركية"), Rouge.terms("الاميركية")).rougeL()).isEqualTo(1.0);
        assertThat(Rouge.score(List.of(), Rouge.terms("خبر")).rouge1()).isZero();
        assertThat(Rouge.rougeN(List.of("خبر"), List.of("خبر"), 2)).isZero();
    }
}
