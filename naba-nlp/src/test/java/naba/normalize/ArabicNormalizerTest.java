package naba.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    private static final ArabicNormalizer LIGHT = ArabicNormalizer.LIGHT;
    private static final ArabicNormalizer SEARCH = ArabicNormalizer.SEARCH;

    @Test
    void lightStripsTatweelButKeepsLetters() {
        assertThat(LIGHT.normalize("الـحـكــومة")).isEqualTo("الحكومة");
    }

    @Test
    void lightRemovesBidiControls() {
        assertThat(LIGHT.normalize("\u200Fسوريا\u200E \u202Bلبنان\u202C \u061Cمصر \u2067غزة\u2069"))
                .isEqualTo("سوريا لبنان مصر غزة");
    }

    @Test
    void lightRemovesJoinersBetweenArabicLettersButKeepsThemInEmoji() {
        assertThat(LIGHT.normalize("بيت\u200Cنا")).isEqualTo("بيتنا");
        assertThat(LIGHT.normalize("قال\u200D")).isEqualTo("قال");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(LIGHT.normalize(family)).isEqualTo(family);
    }

    @Test
    void lightMapsPresentationFormsToBaseLetters() {
        // ﺍﻟﺤﻜﻮﻣﺔ written with contextual forms from U+FE70–U+FEFF
        assertThat(LIGHT.normalize("\uFE8D\uFEDF\uFEA4\uFEDC\uFEEE\uFEE3\uFE94")).isEqualTo("الحكومة");
        // lam-alef ligatures expand to two letters; hamza is kept at the light level
        assertThat(LIGHT.normalize("\uFEFB")).isEqualTo("لا");
        assertThat(LIGHT.normalize("\uFEF7")).isEqualTo("لأ");
        // U+FB50 range: alef wasla isolated form
        assertThat(LIGHT.normalize("\uFB50")).isEqualTo("\u0671");
    }

    @Test
    void lightKeepsHamzaDiacriticsAndDigits() {
        assertThat(LIGHT.normalize("أَضافت ١٥ إلى")).isEqualTo("أَضافت ١٥ إلى");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "أحمد, احمد",
        "إسرائيل, اسراءيل",
        "آذار, اذار",
        "ٱلله, الله",
        "إلى, الي",
        "مدرسة, مدرسه",
        "مُحَمَّدٌ, محمد",
        "الأُمَمُ, الامم",
        "مؤتمر, مءتمر",
        "رئيس, رءيس",
        "مسؤول, مسءول",
        "مسئول, مسءول",
        "هيئة, هيءه",
        "ی, ي",
        "ک, ك",
        "١٥, 15",
        "۱۳۹۹, 1399",
        "٣٫٥, 3.5",
        "١٬٠٠٠, '1,000'",
        "٪١٥, %15",
        "الرحمٰن, الرحمن",
    })
    void searchUnifiesSpellings(String input, String expected) {
        assertThat(SEARCH.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "الأميركية, الاميركية",
        "الإسلامية, الاسلامية",
        "الأمم, الامم",
        "أضافت, اضافت",
        "إن, ان",
        "الأمريكية, الامريكيه",
    })
    void seedSpellingPairsNormalizeAlike(String a, String b) {
        assertThat(SEARCH.normalize(a)).isEqualTo(SEARCH.normalize(b));
    }

    @Test
    void searchNormalizesPresentationFormsAllTheWay() {
        assertThat(SEARCH.normalize("\uFEF7")).isEqualTo("لا");
        assertThat(SEARCH.normalize("\uFE83\uFEA3\uFEE4\uFEA9")).isEqualTo("احمد");
    }

    @Test
    void unchangedInputIsReturnedAsIs() {
        String s = "كيري";
        assertThat(SEARCH.normalize(s)).isSameAs(s);
        assertThat(SEARCH.normalize("")).isEmpty();
    }

    @Test
    void normalizesARangeWithoutTouchingTheRest() {
        String text = "قال الأمين العام";
        assertThat(SEARCH.normalize(text, 4, 10)).isEqualTo("الامين");
    }

    @Test
    void bufferVariantMatchesStringVariant() {
        String s = "\u200Fالـأُمَم \uFEFB ١٥٪";
        char[] in = s.toCharArray();
        char[] out = new char[in.length * ArabicNormalizer.maxExpansion()];
        int n = SEARCH.normalize(in, in.length, out);
        assertThat(new String(out, 0, n)).isEqualTo(SEARCH.normalize(s));
    }

    @Test
    void diacriticsOnlyInputBecomesEmpty() {
        assertThat(SEARCH.normalize("\u064E\u064F\u0650\u0651\u0652")).isEmpty();
        assertThat(LIGHT.normalize("\u064E\u064F")).isEqualTo("\u064E\u064F");
    }

    @Test
    void noncharactersAreDroppedNotMistakenForInternalMarkers() {
        assertThat(SEARCH.normalize("ق\uFFFEال\uFFFF")).isEqualTo("قال");
        assertThat(LIGHT.normalize("\uFFFE")).isEmpty();
    }
}
