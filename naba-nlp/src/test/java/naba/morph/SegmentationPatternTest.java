package naba.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationPatternTest {
    @Test
    void restoresTheArticleAfterLam() {
        SegmentationPattern p = SegmentationPattern.derive("للحكومة", List.of("ل", "الحكومة"), List.of("ADP", "NOUN"));
        assertThat(p.encode()).isEqualTo("ل||S:>ا");
        assertThat(p.apply("للحكومة")).extracting(w -> w.form(), w -> w.start(), w -> w.end())
                .containsExactly(tuple("ل", 0, 1), tuple("الحكومة", 1, 7));
        // The same pattern fits another unseen token of that shape.
        assertThat(p.appliesTo("للشركة")).isTrue();
        assertThat(p.apply("للشركة")).extracting(w -> w.form()).containsExactly("ل", "الشركة");
        assertThat(p.appliesTo("بالشركة")).isFalse();
    }

    @Test
    void turnsTehBackIntoTehMarbutaBeforeASuffix() {
        SegmentationPattern p = SegmentationPattern.derive("حكومته", List.of("حكومة", "ه"), List.of("NOUN", "PRON"));
        assertThat(p.encode()).isEqualTo("|ه|E:ت>ة");
        assertThat(p.apply("سيارته")).extracting(w -> w.form(), w -> w.start(), w -> w.end())
                .containsExactly(tuple("سيارة", 0, 5), tuple("ه", 5, 6));
    }

    @Test
    void splitsThreeWordsAndAddsTheHamza() {
        SegmentationPattern p = SegmentationPattern.derive("بانه", List.of("ب", "أن", "ه"), List.of("ADP", "SCONJ", "PRON"));
        assertThat(p.encode()).isEqualTo("ب|ه|S:ا>أ");
        assertThat(p.apply("بانه")).extracting(w -> w.form(), w -> w.start(), w -> w.end())
                .containsExactly(tuple("ب", 0, 1), tuple("أن", 1, 3), tuple("ه", 3, 4));
        assertThat(SegmentationPattern.decode(p.encode())).isEqualTo(p);
    }

    @Test
    void noneKeepsTheTokenWhole() {
        SegmentationPattern p = SegmentationPattern.derive("كيري", List.of("كيري"), List.of("X"));
        assertThat(p.isNone()).isTrue();
        assertThat(p).isEqualTo(SegmentationPattern.NONE);
        assertThat(p.apply("كيري")).extracting(w -> w.form()).containsExactly("كيري");
    }

    @Test
    void formsThatDoNotLineUpGiveNull() {
        assertThat(SegmentationPattern.derive("وقال", List.of("ف", "قال"), List.of("CCONJ", "VERB"))).isNull();
        // A clitic cannot take the whole token: the stem needs a character.
        assertThat(SegmentationPattern.decode("و||").appliesTo("و")).isFalse();
    }
}
