package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizerTest {
    @Test
    void romanizesNamesReadably() {
        assertThat(Romanizer.romanize("لافروف")).isEqualTo("Lafruf");
        assertThat(Romanizer.romanize("كيري")).isEqualTo("Kiri");
        assertThat(Romanizer.romanize("الشرطة الروسية")).isEqualTo("al-Sharta al-Rusiya");
    }

    @Test
    void readsAVowelAfterAWawOrYehWrittenForAConsonant() {
        assertThat(Romanizer.romanize("ويلز")).isEqualTo("Wilz");
        assertThat(Romanizer.romanize("يورك")).isEqualTo("Yurk");
        assertThat(Romanizer.romanize("هيونج يونج")).isEqualTo("Hiwng Yung");
    }

    @Test
    void spellsCommonNameWordsAsThePressDoes() {
        assertThat(Romanizer.romanize("محمد بن سلمان")).isEqualTo("Mohammed bin Salman");
        assertThat(Romanizer.romanize("خالد الفيصل")).isEqualTo("Khaled al-Faisal");
        assertThat(Romanizer.romanize("عبد العزيز بوتفليقة")).isEqualTo("Abdel Aziz Butfliqa");
        assertThat(Romanizer.romanize("عبدالعزيز")).isEqualTo("Abdelaziz");
        assertThat(Romanizer.romanize("عبد الله")).isEqualTo("Abdullah");
        assertThat(Romanizer.romanize("عبدالله")).isEqualTo("Abdullah");
        assertThat(Romanizer.romanize("أسامة")).isEqualTo(Romanizer.romanize("اسامه"));
    }

    @Test
    void writesAProcliticInsideANameApart() {
        assertThat(Romanizer.romanize("الهيئة العامة للسياحة والتراث الوطني")).contains(" lil-Siyaha wal-T");
        assertThat(Romanizer.romanize("والتون")).doesNotContain("wal-");
        assertThat(Romanizer.romanize("سام والد")).doesNotContain("wal-");
        assertThat(Romanizer.romanize("الاتحاد السعودي لكرة القدم"))
                .isEqualTo("al-Ittihad al-Sa'udi li-Kurat al-Qadam");
        assertThat(Romanizer.romanize("لبنان")).doesNotStartWith("li-");
    }

    @Test
    void ignoresDiacriticsAndKeepsLatin() {
        assertThat(Romanizer.romanize("سُورِيا")).isEqualTo(Romanizer.romanize("سوريا"));
        assertThat(Romanizer.romanize("G20")).isEqualTo("G20");
        assertThat(Romanizer.romanize("")).isEmpty();
    }
}
