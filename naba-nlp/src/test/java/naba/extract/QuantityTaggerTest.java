package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import naba.text.Quantity;
import naba.text.QuantityKind;
import naba.text.Qualifier;
import naba.text.Token;
import naba.tokenize.ArabicTokenizer;
import org.junit.jupiter.api.Test;

class QuantityTaggerTest {
    private static List<Quantity> tag(String text) {
        List<Token> tokens = ArabicTokenizer.INSTANCE.tokenize(text);
        return QuantityTagger.INSTANCE.tag(text, tokens, TimeExpressionTagger.INSTANCE.tag(text, tokens, null), null);
    }

    @Test
    void readsDigitsWordsAndMixes() {
        assertThat(tag("240 الف، 1,5 مليون، وثلاثة آلاف، وخمسة وعشرون، ١٣٦٠٠، ۲۰۰، 1,250,000، ونصف مليون"))
                .extracting(Quantity::surface, Quantity::value).containsExactly(
                        tuple("240 الف", 240_000.0), tuple("1,5 مليون", 1_500_000.0), tuple("وثلاثة آلاف", 3000.0),
                        tuple("وخمسة وعشرون", 25.0), tuple("١٣٦٠٠", 13600.0), tuple("۲۰۰", 200.0),
                        tuple("1,250,000", 1_250_000.0), tuple("ونصف مليون", 500_000.0));
    }

    @Test
    void joinsNumberWordsWithTheirConjunctions() {
        assertThat(tag("مليون وثلاثمائة ألف وخمسة وعشرون")).extracting(Quantity::value).containsExactly(1_300_025.0);
        assertThat(tag("استثمار 3 ملايير درهم")).extracting(Quantity::value).containsExactly(3e9); // Maghrebi plural
    }

    @Test
    void addsAHalfOfTheScaleJustRead() {
        assertThat(tag("مليارين ونصف مليار دولار، وثلاثة ملايين ونصف المليون، وألف ونصف، و2 مليون ونصف،"
                + " و240 ألف نازح ونصفهم أطفال"))
                .extracting(Quantity::surface, Quantity::value).containsExactly(
                        tuple("مليارين ونصف مليار دولار", 2.5e9), tuple("وثلاثة ملايين ونصف المليون", 3.5e6),
                        tuple("وألف ونصف", 1500.0), tuple("2 مليون ونصف", 2.5e6), tuple("240 ألف نازح", 240_000.0));
    }

    @Test
    void givesVagueAmountsAMagnitude() {
        assertThat(tag("مئات من الناس وعشرات الآلاف من المدنيين وملايين الاشخاص وبضعة جنود"))
                .extracting(Quantity::surface, Quantity::magnitude, Quantity::unit).containsExactly(
                        tuple("مئات من الناس", 100L, "الناس"), tuple("وعشرات الآلاف من المدنيين", 10_000L, "المدنيين"),
                        tuple("وملايين الاشخاص", 1_000_000L, "الاشخاص"), tuple("وبضعة جنود", 1L, "جنود"));
        assertThat(tag("مئات من الناس").get(0).exact()).isFalse();
    }

    @Test
    void readsPercentagesMoneyMeasuresOrdinalsAndQualifiers() {
        assertThat(tag("٪١٥ و20% و8,5 بالمئة و10 في المئة و500 جنيه مصري و$50 و70 كيلو والاجتماع الحادي عشر"
                + " ونحو 240 الف شخص وأكثر من 3 قتلى وما لا يقل عن 10 جنود"))
                .extracting(Quantity::surface, Quantity::kind, Quantity::currency, Quantity::qualifier).containsExactly(
                        tuple("٪١٥", QuantityKind.PERCENT, null, null),
                        tuple("20%", QuantityKind.PERCENT, null, null),
                        tuple("8,5 بالمئة", QuantityKind.PERCENT, null, null),
                        tuple("10 في المئة", QuantityKind.PERCENT, null, null),
                        tuple("500 جنيه مصري", QuantityKind.MONEY, "EGP", null),
                        tuple("$50", QuantityKind.MONEY, "USD", null),
                        tuple("70 كيلو", QuantityKind.QUANTITY, null, null),
                        tuple("الحادي عشر", QuantityKind.ORDINAL, null, null),
                        tuple("ونحو 240 الف شخص", QuantityKind.CARDINAL, null, Qualifier.APPROX),
                        tuple("وأكثر من 3 قتلى", QuantityKind.CARDINAL, null, Qualifier.MORE_THAN),
                        tuple("وما لا يقل عن 10 جنود", QuantityKind.CARDINAL, null, Qualifier.AT_LEAST));
    }

    @Test
    void keepsNumbersOfDatesToTheDates() {
        assertThat(tag("في 30 حزيران 2012 قتل 12 شخصا")).extracting(Quantity::surface).containsExactly("12 شخصا");
    }

    @Test
    void numberSpanLiesInsideTheQuantity() {
        String text = "اكثر من 240 الف شخص";
        Quantity q = tag(text).get(0);
        assertThat(text.substring(q.numberStart(), q.numberEnd())).isEqualTo("240 الف");
    }

    @Test
    void keepsStandOffOnRandomText() {
        Random random = new Random(42);
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية٠١٢٣٤٥0123456789 ،.%$«»\"()/-";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int last = -1;
            for (Quantity q : tag(text)) {
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface());
                assertThat(q.start()).isGreaterThanOrEqualTo(last);
                last = q.end();
            }
        }
    }
}
