package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.pipeline.NabaPipeline;
import naba.testing.SharedData;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Layers;
import naba.text.Qualifier;
import naba.text.Quantity;
import naba.text.Quotation;
import naba.text.QuoteKind;
import naba.text.TimeAnchor;
import naba.text.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article through the full standard pipeline, published (as we choose) on Sunday 2015-09-06: every date,
 * quantity and quotation of {@code 000_ca0cb7257febc4c2.expected.json} is found with its value or speaker.
 */
class SeedArticleExtractionTest {
    private static Document doc;

    @BeforeAll
    static void analyze() throws IOException {
        Path seed = SharedData.require("seed/000_ca0cb7257febc4c2.txt");
        String text = Files.readString(seed);
        doc = NabaPipeline.standard().annotate("seed", text, new DocumentMeta(null, LocalDate.of(2015, 9, 6), null,
                null));
    }

    private static TimeExpression time(String surface) {
        return doc.layer(Layers.TIMES).stream().filter(t -> t.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression «" + surface + "» in "
                        + doc.layer(Layers.TIMES)));
    }

    @Test
    void findsEveryDateWithItsValue() {
        assertThat(time("السبت")).extracting(TimeExpression::value, TimeExpression::anchor)
                .containsExactly("2015-W36-6", TimeAnchor.RESOLVED);
        assertThat(time("في وقت لاحق من الشهر الجاري")).extracting(TimeExpression::value, TimeExpression::mod,
                TimeExpression::anchor).containsExactly("2015-09", "LATER", TimeAnchor.RESOLVED);
        assertThat(time("30 حزيران (يونيو) 2012")).extracting(TimeExpression::value, TimeExpression::anchor)
                .containsExactly("2012-06-30", TimeAnchor.ABSOLUTE);
        assertThat(time("آذار/مارس 2014")).extracting(TimeExpression::value, TimeExpression::anchor)
                .containsExactly("2014-03", TimeAnchor.ABSOLUTE);
        assertThat(time("نهاية ايلول/سبتمبر")).extracting(TimeExpression::value, TimeExpression::mod,
                TimeExpression::anchor).containsExactly("2015-09", "END", TimeAnchor.RESOLVED);
        assertThat(doc.layer(Layers.TIMES)).hasSize(5);
    }

    @Test
    void findsEveryQuantityWithValueUnitAndQualifier() {
        assertThat(doc.layer(Layers.QUANTITIES)).extracting(Quantity::surface, Quantity::magnitude, Quantity::unit,
                Quantity::qualifier).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("مئات من الناس", 100L, "الناس", null),
                        org.assertj.core.groups.Tuple.tuple("اكثر من 240 الف شخص", 0L, "شخص", Qualifier.MORE_THAN),
                        org.assertj.core.groups.Tuple.tuple("ملايين الاشخاص", 1_000_000L, "الاشخاص", null));
        assertThat(doc.layer(Layers.QUANTITIES).get(1).value()).isEqualTo(240_000);
    }

    /** kind, cue, what the speaker may be called, how the content starts. */
    private record Expected(QuoteKind kind, String cue, Set<String> speaker, String starts) {
    }

    @Test
    void findsEveryQuotationWithItsSpeaker() {
        Set<String> kerry = Set.of("جون كيري", "كيري");
        Set<String> usState = Set.of("وزارة الخارجية الأميركية", "الخارجية الأميركية", "وزارة الخارجية الاميركية");
        Set<String> nyt = Set.of("نيويورك تايمز");
        Set<String> ruMfa = Set.of("وزارة الخارجية الروسية", "الخارجية الروسية");
        Set<String> putin = Set.of("بوتين", "فلاديمير بوتين");
        List<Expected> expected = List.of(
                new Expected(QuoteKind.INDIRECT, "قال", kerry, "مثل هذه التعزيزات العسكرية الروسية يمكن أن تفاقم الحرب"),
                new Expected(QuoteKind.INDIRECT, "أكد", kerry, "إذا صحت هذه التقارير"),
                new Expected(QuoteKind.INDIRECT, "قال", usState, "الوزيرين اتفقا على أن المباحثات ستتواصل في نيويورك"),
                new Expected(QuoteKind.INDIRECT, "ذكر", nyt, "روسيا أرسلت فريقا عسكريا متقدما إلى سوريا"),
                new Expected(QuoteKind.INDIRECT, "أضاف", nyt, "الخطوات تشمل إرسال وحدات سكنية جاهزة"),
                new Expected(null, "قال", ruMfa, "جرى خلال اتصال كيري مع لافروف مناقشة"),
                new Expected(QuoteKind.DIRECT, "قال", putin, "من المبكر القول اننا مستعدون للذهاب الى هناك فورا"),
                new Expected(QuoteKind.DIRECT, "أضاف", putin,
                        "نقدم الى سوريا اصلا مساعدة مهمة من معدات عسكرية وتأهيل لقواتها التي نسلحها"),
                new Expected(QuoteKind.INDIRECT, "ذكر", ruMfa, "الاتصال الهاتفي جرى بمبادرة من كيري"),
                new Expected(QuoteKind.MIXED, "قال", ruMfa, "وزيري الخارجية بحثا في"),
                new Expected(QuoteKind.MIXED, "أضاف", ruMfa, "تطرقا ايضا الى"),
                new Expected(QuoteKind.MIXED, "أكد", usState, "\"المشاورات\" الاميركية الروسية ستستكمل"));
        List<Quotation> found = doc.layer(Layers.QUOTATIONS);
        String text = doc.text();
        List<String> missingSpeakers = new ArrayList<>();
        for (Expected e : expected) {
            Quotation q = found.stream().filter(f -> text.substring(f.start(), f.end()).startsWith(e.starts()))
                    .findFirst().orElseThrow(() -> new AssertionError("no quotation starting «" + e.starts() + "»"));
            assertThat(q.cueLemma()).isEqualTo(e.cue());
            if (e.kind() != null) {
                assertThat(q.kind()).as(e.starts()).isEqualTo(e.kind());
            }
            if (e.kind() == QuoteKind.DIRECT) {
                assertThat(text.substring(q.start(), q.end())).isEqualTo(e.starts());
            }
            String speaker = q.hasSpeaker() ? text.substring(q.speakerStart(), q.speakerEnd()) : null;
            if (speaker == null || !e.speaker().contains(speaker)) {
                missingSpeakers.add(e.starts() + " → " + speaker + " (" + q.speakerReason() + ")");
            }
        }
        assertThat(missingSpeakers).as("quotations whose speaker is wrong or missing").hasSizeLessThanOrEqualTo(1);
        Quotation putinViaRia = found.stream().filter(q -> q.cueStart() >= 0
                && text.substring(q.cueStart(), q.cueEnd()).equals("قوله")).findFirst().orElseThrow();
        // Either name of the agency: «وكالة الانباء الروسية» or «ريا نوفوستي».
        assertThat(text.substring(putinViaRia.viaStart(), putinViaRia.viaEnd()))
                .containsAnyOf("ريا نوفوستي", "وكالة الانباء الروسية");
        GoldParagraphsTest.assertStandOff(doc);
    }
}
