package naba.topic;

import static org.assertj.core.api.Assertions.assertThat;

import naba.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class LightStemmerTest {
    private static String stem(String word) {
        return LightStemmer.INSTANCE.stem(ArabicNormalizer.SEARCH.normalize(word));
    }

    @Test
    void stripsConjunctionArticleAndSuffix() {
        assertThat(stem("والاقتصادية")).isEqualTo("اقتصاد");
        assertThat(stem("بالشركات")).isEqualTo("شرك");
        assertThat(stem("للمنتخب")).isEqualTo("منتخب");
        assertThat(stem("اللاعبون")).isEqualTo("لاعب");
    }

    @Test
    void keepsAtLeastTwoLetters() {
        assertThat(stem("في")).isEqualTo("في");
        assertThat(stem("له")).isEqualTo("له");
        assertThat(stem("وله")).isEqualTo("ول"); // light stemming conflates: acceptable for features
        assertThat(stem("")).isEmpty();
    }

    @Test
    void spellingVariantsShareAStem() {
        assertThat(stem("الأميركية")).isEqualTo(stem("الاميركيه"));
    }
}
