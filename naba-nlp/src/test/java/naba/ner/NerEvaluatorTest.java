package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.text.EntityType;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
    @Test
    void countsExactSpanMatchesOnly() {
        // Gold: «جون كيري» PERS and «موسكو» LOC; the tagger finds «كيري» PERS and «موسكو» LOC.
        List<NerSentence> gold = List.of(new NerSentence(List.of("التقى", "جون", "كيري", "في", "موسكو"),
                List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")));
        SpanTagger tagger = tokens -> List.of(new TokenSpan(2, 3, EntityType.PERS, 1f),
                new TokenSpan(4, 5, EntityType.LOC, 1f));
        NerReport report = NerEvaluator.evaluate(tagger, gold);
        assertThat(report.micro()).isEqualTo(new NerReport.Counts(1, 1, 1));
        assertThat(report.micro().f1()).isEqualTo(0.5);
        assertThat(report.perType().get(EntityType.LOC).f1()).isEqualTo(1.0);
        assertThat(report.perType().get(EntityType.PERS).f1()).isEqualTo(0.0);
        assertThat(report.errors()).extracting(NerReport.Error::kind, NerReport.Error::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FP", "كيري"),
                        org.assertj.core.groups.Tuple.tuple("FN", "جون كيري"));
    }

    @Test
    void wrongTypeIsBothFalsePositiveAndFalseNegative() {
        List<NerSentence> gold = List.of(new NerSentence(List.of("واشنطن"), List.of("B-LOC")));
        NerReport report = NerEvaluator.evaluate(tokens -> List.of(new TokenSpan(0, 1, EntityType.ORG, 1f)), gold);
        assertThat(report.perType().get(EntityType.ORG)).isEqualTo(new NerReport.Counts(0, 1, 0));
        assertThat(report.perType().get(EntityType.LOC)).isEqualTo(new NerReport.Counts(0, 0, 1));
    }
}
