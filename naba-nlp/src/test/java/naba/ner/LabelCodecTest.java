package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import naba.text.EntityType;
import org.junit.jupiter.api.Test;

class LabelCodecTest {
    // «قال جون كيري في موسكو»: a person over tokens 1-2, a place at 4.
    private final List<TokenSpan> spans = List.of(new TokenSpan(1, 3, EntityType.PERS, 1f),
            new TokenSpan(4, 5, EntityType.LOC, 1f));

    @Test
    void encodesBio() {
        assertThat(LabelCodec.BIO.encodeLabels(5, spans)).containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void encodesBioes() {
        assertThat(LabelCodec.BIOES.encodeLabels(5, spans)).containsExactly("O", "B-PERS", "E-PERS", "O", "S-LOC");
    }

    @Test
    void roundTripsBothCodecs() {
        for (LabelCodec codec : LabelCodec.values()) {
            assertThat(codec.decode(codec.encodeLabels(5, spans))).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(spans);
        }
    }

    @Test
    void decodesStrayInsideAsNewEntity() {
        assertThat(LabelCodec.BIO.decode(new String[] {"O", "I-ORG", "I-ORG", "B-LOC", "I-PERS"}))
                .extracting(TokenSpan::start, TokenSpan::end, TokenSpan::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3, EntityType.ORG),
                        org.assertj.core.groups.Tuple.tuple(3, 4, EntityType.LOC),
                        org.assertj.core.groups.Tuple.tuple(4, 5, EntityType.PERS));
    }

    @Test
    void decodesUnclosedBioesEntity() {
        assertThat(LabelCodec.BIOES.decode(new String[] {"B-ORG", "I-ORG"}))
                .extracting(TokenSpan::start, TokenSpan::end).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2));
    }

    @Test
    void spanScoreIsLowestTokenScore() {
        int[] ids = LabelCodec.BIO.encode(3, List.of(new TokenSpan(0, 2, EntityType.ORG, 1f)));
        assertThat(LabelCodec.BIO.decode(ids, new float[] {0.9f, 0.6f, 1f})).singleElement()
                .extracting(TokenSpan::score).isEqualTo(0.6f);
    }

    @Test
    void forbidsInsideAfterOutsideOrOtherType() {
        LabelCodec c = LabelCodec.BIOES;
        assertThat(c.allowed(-1, c.indexOf("I-PERS"))).isFalse();
        assertThat(c.allowed(c.indexOf("B-PERS"), c.indexOf("E-PERS"))).isTrue();
        assertThat(c.allowed(c.indexOf("B-PERS"), c.indexOf("E-LOC"))).isFalse();
        assertThat(c.allowed(c.indexOf("B-PERS"), c.indexOf("O"))).isFalse();
        assertThat(c.allowed(c.indexOf("S-PERS"), c.indexOf("B-LOC"))).isTrue();
        assertThat(LabelCodec.BIO.allowed(LabelCodec.BIO.indexOf("B-ORG"), LabelCodec.BIO.indexOf("I-ORG"))).isTrue();
        assertThat(LabelCodec.BIO.allowed(0, LabelCodec.BIO.indexOf("I-ORG"))).isFalse();
    }

    @Test
    void rejectsUnknownTagsAndOverlaps() {
        assertThatThrownBy(() -> LabelCodec.BIO.decode(new String[] {"B-PER"}))
                .hasMessageContaining("unknown tag 'B-PER'");
        assertThatThrownBy(() -> LabelCodec.BIO.encode(3, List.of(new TokenSpan(0, 2, EntityType.ORG, 1f),
                new TokenSpan(1, 3, EntityType.LOC, 1f)))).hasMessageContaining("overlapping");
    }

    @Test
    void labelsPutOutsideFirst() {
        assertThat(LabelCodec.BIO.labels()).hasSize(9).startsWith("O", "B-PERS", "I-PERS");
        assertThat(LabelCodec.BIOES.labels()).hasSize(17);
    }
}
