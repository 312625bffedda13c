package naba.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import naba.text.Token;
import naba.text.TokenType;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
    private final ArabicTokenizer tokenizer = ArabicTokenizer.INSTANCE;

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text).stream().map(Token::surface).toList();
    }

    @Test
    void splitsWordsAndPunctuationKeepingClitics() {
        assertThat(tokenizer.tokenize("قال كيري، إنّ وبالمدرسة؟"))
                .extracting(Token::surface, Token::norm, Token::type, Token::start, Token::end)
                .containsExactly(
                        tuple("قال", "قال", TokenType.ARABIC, 0, 3),
                        tuple("كيري", "كيري", TokenType.ARABIC, 4, 8),
                        tuple("،", "،", TokenType.PUNCT, 8, 9),
                        tuple("إنّ", "ان", TokenType.ARABIC, 10, 13),
                        tuple("وبالمدرسة", "وبالمدرسه", TokenType.ARABIC, 14, 23),
                        tuple("؟", "؟", TokenType.PUNCT, 23, 24));
    }

    @Test
    void keepsNumbersWithTheirSeparators() {
        assertThat(tokenizer.tokenize("الساعة 22،15 و1,5 مليون و13600 و٣٫٥ و١٬٠٠٠ و3.14."))
                .filteredOn(t -> t.type() == TokenType.NUMBER)
                .extracting(Token::surface, Token::norm)
                .containsExactly(tuple("22،15", "22،15"), tuple("1,5", "1,5"), tuple("13600", "13600"),
                        tuple("٣٫٥", "3.5"), tuple("١٬٠٠٠", "1,000"), tuple("3.14", "3.14"));
    }

    @Test
    void separatorNotFollowedByDigitIsPunctuation() {
        assertThat(surfaces("عام 2012، ثم 2013.")).containsExactly("عام", "2012", "،", "ثم", "2013", ".");
    }

    @Test
    void splitsTheSlashBetweenMonthNames() {
        assertThat(surfaces("آذار/مارس 2014")).containsExactly("آذار", "/", "مارس", "2014");
    }

    @Test
    void keepsUrlsEmailsHashtagsAndHandlesWhole() {
        assertThat(tokenizer.tokenize("زوروا https://example.com/ar/news?id=5، وراسلونا على info@naba.org #سوريا_اليوم @naba_news."))
                .extracting(Token::surface, Token::type)
                .containsExactly(
                        tuple("زوروا", TokenType.ARABIC),
                        tuple("https://example.com/ar/news?id=5", TokenType.URL),
                        tuple("،", TokenType.PUNCT),
                        tuple("وراسلونا", TokenType.ARABIC),
                        tuple("على", TokenType.ARABIC),
                        tuple("info@naba.org", TokenType.EMAIL),
                        tuple("#سوريا_اليوم", TokenType.HASHTAG),
                        tuple("@naba_news", TokenType.HANDLE),
                        tuple(".", TokenType.PUNCT));
    }

    @Test
    void everyQuoteAndBracketIsItsOwnToken() {
        assertThat(surfaces("«نعم» \"لا\" “ربما” (داعش) [1] - …"))
                .containsExactly("«", "نعم", "»", "\"", "لا", "\"", "“", "ربما", "”", "(", "داعش", ")", "[", "1", "]",
                        "-", "…");
    }

    @Test
    void dottedAbbreviationIsOneToken() {
        assertThat(tokenizer.tokenize("(أ.ف.ب) و(د.ب.أ)"))
                .extracting(Token::surface, Token::type)
                .containsExactly(tuple("(", TokenType.PUNCT), tuple("أ.ف.ب", TokenType.ABBREVIATION),
                        tuple(")", TokenType.PUNCT), tuple("و", TokenType.ARABIC), tuple("(", TokenType.PUNCT),
                        tuple("د.ب.أ", TokenType.ABBREVIATION), tuple(")", TokenType.PUNCT));
    }

    @Test
    void latinWordsKeepDigitsAndArabicDoesNot() {
        assertThat(tokenizer.tokenize("قمة G20 في عام2015"))
                .extracting(Token::surface, Token::type)
                .containsExactly(tuple("قمة", TokenType.ARABIC), tuple("G20", TokenType.LATIN),
                        tuple("في", TokenType.ARABIC), tuple("عام", TokenType.ARABIC), tuple("2015", TokenType.NUMBER));
    }

    @Test
    void tatweelDiacriticsAndInnerJoinersStayInsideTheWord() {
        assertThat(tokenizer.tokenize("الـحُـكومة بيت\u200Cنا"))
                .extracting(Token::surface, Token::norm)
                .containsExactly(tuple("الـحُـكومة", "الحكومه"), tuple("بيت\u200Cنا", "بيتنا"));
    }

    @Test
    void strayFormatCharactersBetweenWordsAreSkipped() {
        assertThat(tokenizer.tokenize("\u200Fقال\u200F \u202Bكيري\u202C"))
                .extracting(Token::surface, Token::start)
                .containsExactly(tuple("قال", 1), tuple("كيري", 7));
    }

    @Test
    void emojiSequencesAreOneSymbolToken() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        assertThat(tokenizer.tokenize("شكرا " + family + thumbs + " ❤️"))
                .extracting(Token::surface, Token::type)
                .containsExactly(tuple("شكرا", TokenType.ARABIC), tuple(family, TokenType.SYMBOL),
                        tuple(thumbs, TokenType.SYMBOL), tuple("❤️", TokenType.SYMBOL));
    }

    @Test
    void ellipsisDotsAreOneToken() {
        assertThat(surfaces("انتظر... ثم")).containsExactly("انتظر", "...", "ثم");
    }

    @Test
    void emptyAndBlankInputGiveNoTokens() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n\t\u200F ")).isEmpty();
    }

    @Test
    void diacriticsOnlyInputIsOneTokenWithEmptyNorm() {
        assertThat(tokenizer.tokenize("\u064E\u064F"))
                .extracting(Token::surface, Token::norm).containsExactly(tuple("\u064E\u064F", ""));
    }

    @Test
    void persianDigitsAreNumbers() {
        assertThat(tokenizer.tokenize("سال ۱۳۹۹"))
                .extracting(Token::surface, Token::norm, Token::type)
                .containsExactly(tuple("سال", "سال", TokenType.ARABIC), tuple("۱۳۹۹", "1399", TokenType.NUMBER));
    }

    @Test
    void percentSignsAreSeparateSymbols() {
        assertThat(tokenizer.tokenize("٪١٥ و15%"))
                .extracting(Token::surface, Token::type)
                .containsExactly(tuple("٪", TokenType.PUNCT), tuple("١٥", TokenType.NUMBER), tuple("و", TokenType.ARABIC),
                        tuple("15", TokenType.NUMBER), tuple("%", TokenType.PUNCT));
    }
}
