package naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import naba.text.InputException;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private static final String CALL = "أعرب وزير الخارجية الأميركي جون كيري عن قلق بلاده بشأن التقارير التي تفيد بوجود "
            + "تعزيزات عسكرية روسية في سوريا، وتحادث هاتفيا مع وزير الخارجية الروسي سيرغي لافروف حول الوضع في سوريا "
            + "ومهام مكافحة تنظيم داعش، وكان الاتصال بمبادرة من الجانب الأميركي.";

    private final MinHasher hasher = new MinHasher(DedupOptions.DEFAULT);

    @Test
    void identicalTextsHaveIdenticalFingerprints() {
        Fingerprint a = hasher.fingerprint("a", CALL);
        Fingerprint b = hasher.fingerprint("b", "\n  " + CALL + "\u00A0\n");
        assertThat(a.exactHash()).isEqualTo(b.exactHash());
        assertThat(a.similarity(b)).isEqualTo(1.0);
        assertThat(a.signature()).hasSize(128);
    }

    @Test
    void spellingVariantsAndPunctuationDoNotChangeShingles() {
        String variant = CALL.replace("الأميركي", "الاميركي").replace("،", " ").replace("الجانب", "الجانب ،");
        Fingerprint a = hasher.fingerprint("a", CALL);
        Fingerprint b = hasher.fingerprint("b", variant);
        assertThat(a.exactHash()).isNotEqualTo(b.exactHash());
        assertThat(a.similarity(b)).isEqualTo(1.0);
    }

    @Test
    void aLightRewriteStaysAboveTheThresholdAndAnotherStoryFallsFarBelow() {
        String rewrite = CALL.replace("أعرب", "عبر").replace("وكان الاتصال بمبادرة من الجانب الأميركي.",
                "وجرى الاتصال بطلب من واشنطن.");
        String other = "تعادل فريق الهلال مع النصر في مباراة الدوري السعودي لكرة القدم مساء الجمعة على ملعب الملك فهد "
                + "الدولي في الرياض بحضور جماهيري كبير، وسجل الأهداف لاعبو الفريقين في الشوط الثاني.";
        Fingerprint a = hasher.fingerprint("a", CALL);
        assertThat(a.similarity(hasher.fingerprint("b", rewrite))).isBetween(0.5, 0.95);
        assertThat(a.similarity(hasher.fingerprint("c", other))).isLessThan(0.1);
    }

    @Test
    void emptyAndBlankTextsHaveNoContent() {
        assertThat(hasher.fingerprint("e", "").hasContent()).isFalse();
        assertThat(hasher.fingerprint("w", " \n\u00A0").exactHash()).isEqualTo(MinHasher.BLANK_HASH);
        assertThat(hasher.fingerprint("p", "...").hasContent()).isFalse();
        assertThat(MinHasher.isBlank(" \u00A0\n")).isTrue();
        assertThat(MinHasher.isBlank(" ـ ")).isFalse();
    }

    @Test
    void aTextShorterThanOneShingleStillHasOne() {
        Fingerprint a = hasher.fingerprint("a", "كيري");
        assertThat(a.shingles()).isEqualTo(1);
        assertThat(a.similarity(hasher.fingerprint("b", "كيري!"))).isEqualTo(1.0);
    }

    @Test
    void signaturesAreReproducibleAcrossInstances() {
        assertThat(new MinHasher(DedupOptions.DEFAULT).fingerprint("a", CALL).signature())
                .containsExactly(hasher.fingerprint("a", CALL).signature());
    }

    @Test
    void badOptionsAreRejectedWithTheFix() {
        assertThatThrownBy(() -> DedupOptions.DEFAULT.withThreshold(0)).isInstanceOf(InputException.class)
                .hasMessageContaining("use e.g. 0.5");
        assertThatThrownBy(() -> new DedupOptions(0.5, 3, 100, 32, 4, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("must equal bands 32 x rows 4");
        assertThatThrownBy(() -> MinHasher.similarity(new int[2], new int[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
