package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import naba.text.TimeAnchor;
import naba.text.TimeExpression;
import naba.text.TimeType;
import naba.tokenize.ArabicTokenizer;
import org.junit.jupiter.api.Test;

class TimeExpressionTaggerTest {
    private static final LocalDate SUNDAY = LocalDate.of(2015, 9, 6);

    private static List<TimeExpression> tag(String text, LocalDate ref) {
        return TimeExpressionTagger.INSTANCE.tag(text, ArabicTokenizer.INSTANCE.tokenize(text), ref);
    }

    @Test
    void readsEveryMonthSystemAndPairedForms() {
        assertThat(tag("في 30 حزيران (يونيو) 2012 ثم آذار/مارس 2014 و5 جانفي 2016 و12 أفريل 2010 و1 يوليه 2013"
                + " و3 كانون الأول 1999 و مايو / أيار 2001", null))
                .extracting(TimeExpression::surface, TimeExpression::value).containsExactly(
                        tuple("30 حزيران (يونيو) 2012", "2012-06-30"), tuple("آذار/مارس 2014", "2014-03"),
                        tuple("5 جانفي 2016", "2016-01-05"), tuple("12 أفريل 2010", "2010-04-12"),
                        tuple("1 يوليه 2013", "2013-07-01"), tuple("3 كانون الأول 1999", "1999-12-03"),
                        tuple("مايو / أيار 2001", "2001-05"));
    }

    @Test
    void readsTheDayWrittenAsAnOrdinal() {
        assertThat(tag("في الأول من تشرين الثاني 2015 ثم يوم الحادي والعشرين من أيار والثالث عشر من رمضان 1436 هـ"
                + " واحتل المركز الثالث من بين عشرة فرق", null))
                .extracting(TimeExpression::surface, TimeExpression::value).containsExactly(
                        tuple("الأول من تشرين الثاني 2015", "2015-11-01"), tuple("يوم الحادي والعشرين من أيار", "XXXX-05-21"),
                        tuple("والثالث عشر من رمضان 1436 هـ", "2015-06-30"));
    }

    @Test
    void resolvesNextAndLastMonthsFromThePublicationDate() {
        assertThat(tag("يعود في 3 يناير المقبل بعد انتخابات مارس الماضي وقبل أيلول المقبل، كما في نوفمبر الماضي"
                + " والأول من تشرين الثاني المقبل", SUNDAY))
                .extracting(TimeExpression::surface, TimeExpression::value).containsExactly(
                        tuple("3 يناير المقبل", "2016-01-03"), tuple("مارس الماضي", "2015-03"),
                        tuple("أيلول المقبل", "2016-09"), tuple("نوفمبر الماضي", "2014-11"),
                        tuple("والأول من تشرين الثاني المقبل", "2015-11-01"));
        assertThat(tag("في يناير المقبل", null)).extracting(TimeExpression::surface, TimeExpression::value)
                .containsExactly(tuple("يناير المقبل", "XXXX-01"));
    }

    @Test
    void readsADefiniteWordWithoutItsAlefOnlyAfterLam() {
        // «لأحد» is «ل» + «أحد» (anyone), not Sunday; «للأحد» is «ل» + «الأحد».
        assertThat(tag("لا يمكن لأحد أن يدخل، والموعد المقرر للأحد المقبل", SUNDAY))
                .extracting(TimeExpression::surface, TimeExpression::value)
                .containsExactly(tuple("للأحد المقبل", "2015-W37-7"));
    }

    @Test
    void takesTheWeekdayAfterARelativeDayIntoIt() {
        assertThat(tag("أكد الوزير، اليوم الأحد، وأمس السبت، أن", SUNDAY))
                .extracting(TimeExpression::surface, TimeExpression::value)
                .containsExactly(tuple("اليوم الأحد", "2015-09-06"), tuple("وأمس السبت", "2015-09-05"));
    }

    @Test
    void impossibleNumericDatesAreNotDates() {
        // Only the years survive (1436 هـ as the Gregorian interval it spans); no value has a month 40 or 13.
        assertThat(tag("صدر في 12/40/2015 وفي 40/12/2015 و(31/13/1436 هـ)", SUNDAY))
                .extracting(TimeExpression::value).containsExactly("2015", "2015", "2014-10-25/2015-10-13");
        assertThat(tag("في 29/2/2015 ثم 28/2/2015", null)).extracting(TimeExpression::value)
                .containsExactly("2015", "2015-02-28");
    }

    @Test
    void convertsHijriDatesWithHijrahDate() {
        assertThat(tag("الموافق 15 رمضان 1436 هـ", null)).extracting(TimeExpression::surface, TimeExpression::value)
                .containsExactly(tuple("15 رمضان 1436 هـ", "2015-07-02"));
        assertThat(tag("في شهر رمضان 1436", null)).extracting(TimeExpression::value)
                .containsExactly("2015-06-18/2015-07-16");
        // Without a year the Hijri year of publication is taken; without a publication date it stays Hijri.
        assertThat(tag("في 1 شوال", SUNDAY)).extracting(TimeExpression::value, TimeExpression::anchor)
                .containsExactly(tuple("2015-07-17", TimeAnchor.RESOLVED));
        assertThat(tag("في 1 شوال", null)).extracting(TimeExpression::value, TimeExpression::anchor)
                .containsExactly(tuple("AH-XXXX-10-01", TimeAnchor.UNRESOLVED));
    }

    @Test
    void resolvesRelativeExpressionsAgainstThePublicationDate() {
        String text = "أمس واليوم وغدا والأسبوع الماضي والشهر الجاري والعام المقبل وقبل ثلاثة أيام ومنذ عامين ومساء الجمعة";
        assertThat(tag(text, SUNDAY)).extracting(TimeExpression::value).containsExactly("2015-09-05", "2015-09-06",
                "2015-09-07", "2015-W35", "2015-09", "2016", "2015-09-03", "2013", "2015-W36-5TEV");
        assertThat(tag(text, SUNDAY)).allMatch(TimeExpression::resolved);
        assertThat(tag(text, null)).extracting(TimeExpression::value).containsExactly("REF-P1D", "REF", "REF+P1D",
                "REF-P1W", "REF+P0M", "REF+P1Y", "REF-P3D", "REF-P2Y", "XXXX-WXX-5TEV");
        assertThat(tag(text, null)).extracting(TimeExpression::anchor).containsOnly(TimeAnchor.UNRESOLVED);
    }

    @Test
    void readsClockTimesDurationsRangesAndSets() {
        assertThat(tag("الساعة 22،15 بتوقيت غرينتش ثم الساعة العاشرة والنصف مساء ولمدة ثلاثة أيام وبين 2011 و2013"
                + " وأسبوعياً وكل ثلاثة أشهر و30 دقيقة", null))
                .extracting(TimeExpression::surface, TimeExpression::type, TimeExpression::value).containsExactly(
                        tuple("الساعة 22،15 بتوقيت غرينتش", TimeType.TIME, "T22:15Z"),
                        tuple("الساعة العاشرة والنصف مساء", TimeType.TIME, "T22:30"),
                        tuple("ولمدة ثلاثة أيام", TimeType.DURATION, "P3D"),
                        tuple("وبين 2011 و2013", TimeType.DURATION, "2011/2013"),
                        tuple("وأسبوعياً", TimeType.SET, "P1W"),
                        tuple("وكل ثلاثة أشهر", TimeType.SET, "P3M"),
                        tuple("30 دقيقة", TimeType.DURATION, "PT30M"));
    }

    @Test
    void leavesAmbiguousMonthNamesAndCountedNumbersAlone() {
        // «مارس» the verb, «رمضان» a name, 2000 people: no time in any of them.
        assertThat(tag("مارس الضغط على رمضان الذي استقبل 2000 شخص", null)).isEmpty();
        assertThat(tag("في مارس الماضي", SUNDAY)).extracting(TimeExpression::value).containsExactly("2015-03");
    }

    @Test
    void letsAUnitWordBeforeAYearIntroduceTheYear() {
        assertThat(tag("منذ عام 2014 وخلال عام 2015 وأول أمس", SUNDAY)).extracting(TimeExpression::surface,
                TimeExpression::value).containsExactly(tuple("عام 2014", "2014"), tuple("عام 2015", "2015"),
                        tuple("وأول أمس", "2015-09-04"));
    }

    @Test
    void marksYearlessMonthsWithXWhenThereIsNoPublicationDate() {
        assertThat(tag("في نهاية ايلول/سبتمبر", null)).extracting(TimeExpression::surface, TimeExpression::value,
                TimeExpression::mod).containsExactly(tuple("نهاية ايلول/سبتمبر", "XXXX-09", "END"));
    }

    @Test
    void handlesEmptyDiacriticsLatinEmojiAndLongText() {
        assertThat(tag("", null)).isEmpty();
        assertThat(tag("\u064E\u064F\u0650", null)).isEmpty();
        assertThat(tag("Kerry said 2012 😀 في ٣٠ حزيران ٢٠١٢", null)).extracting(TimeExpression::value)
                .containsExactly("2012", "2012-06-30");
        String big = "وقال كيري في 30 حزيران 2012 إن 240 الف شخص قتلوا. ".repeat(20_000);
        List<TimeExpression> times = tag(big, null);
        assertThat(times).hasSize(20_000);
        times.forEach(t -> assertThat(big.substring(t.start(), t.end())).isEqualTo(t.surface()));
    }
}
