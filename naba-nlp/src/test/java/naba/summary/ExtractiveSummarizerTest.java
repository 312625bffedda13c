package naba.summary;

import static naba.testing.StandOff.assertStandOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Sentence;
import naba.text.Summary;
import naba.text.SummarySentence;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
    private static final String LEAD = "أعلنت بلدية المدينة، الثلاثاء، افتتاح جسر جديد فوق النهر يربط الحي الشرقي "
            + "بوسط المدينة بعد ثلاث سنوات من الأعمال.";
    private static final String SECOND = "وبدأت أعمال بناء الجسر في عام 2021 بتمويل من الحكومة وبكلفة بلغت عشرين "
            + "مليون دينار.";
    private static final String ARTICLE = "المدينة (مراسلنا)\n"
            + LEAD + "\n"
            + SECOND + "\n"
            + "مشاريع النقل الكبرى في العاصمة\n"
            + "ولم تكشف البلدية عن موعد فتح الجسر أمام الشاحنات، لكنها قالت إن ذلك سيتم قريبا.\n"
            + "وقال مهندس: «هذا الجسر يختصر الطريق بين الحيين من ساعة إلى عشر دقائق في أوقات الذروة».\n"
            + "وكانت البلدية قد أغلقت الجسر القديم بعد ظهور تشققات في أعمدته.";

    private static final Pipeline BASIC = NabaPipeline.basic();

    private static Summary summarize(SummaryOptions options, Document d) {
        return new ExtractiveSummarizer(options).summarize(d);
    }

    @Test
    void picksTheNewsLeadNotTheDatelineOrAHeadlineLink() {
        Document d = BASIC.annotate(ARTICLE);
        Summary summary = summarize(SummaryOptions.DEFAULT, d);
        assertThat(summary.sentences()).extracting(SummarySentence::sentence).containsExactly(1);
        assertThat(summary.text(d)).isEqualTo(LEAD);
        assertThat(summary.sentences().get(0).start()).isEqualTo(ARTICLE.indexOf(LEAD));
        assertThat(summary.words()).isEqualTo(19);
    }

    @Test
    void returnsWholeSentencesInTextOrderWithinTheSentenceLimit() {
        Document d = BASIC.annotate(ARTICLE);
        Layer<Sentence> sentences = d.layer(Layers.SENTENCES);
        for (int limit = 1; limit <= 8; limit++) {
            Summary summary = summarize(new SummaryOptions(limit, 0), d);
            assertThat(summary.sentences()).hasSizeBetween(1, limit);
            int previous = -1;
            for (SummarySentence s : summary.sentences()) {
                Sentence whole = sentences.get(s.sentence());
                assertThat(s.start()).isEqualTo(whole.start());
                assertThat(s.end()).isEqualTo(whole.end());
                assertThat(s.sentence()).isGreaterThan(previous);
                previous = s.sentence();
            }
        }
    }

    @Test
    void neverExceedsTheWordLimitAndNeverCutsToFit() {
        Document d = BASIC.annotate(ARTICLE);
        for (int words = 1; words <= 80; words += 3) {
            Summary summary = summarize(new SummaryOptions(0, words), d);
            assertThat(summary.words()).isLessThanOrEqualTo(words);
            int counted = 0;
            for (SummarySentence s : summary.sentences()) {
                counted += Rouge.terms(d.surface(s)).size();
            }
            assertThat(counted).isEqualTo(summary.words());
        }
        // Shorter than every sentence: nothing fits, and nothing is cut.
        assertThat(summarize(new SummaryOptions(0, 1), d).sentences()).isEmpty();
    }

    @Test
    void dropsASentenceThatRepeatsAChosenOne() {
        String text = LEAD + "\n" + LEAD + "\n" + SECOND;
        Document d = BASIC.annotate(text);
        Summary summary = summarize(new SummaryOptions(2, 0), d);
        assertThat(summary.sentences()).extracting(SummarySentence::sentence).containsExactly(0, 2);
    }

    @Test
    void usesTheHeadlineAndMentionsWhenPresent() {
        String text = "ارتفعت درجات الحرارة في أنحاء البلاد خلال عطلة نهاية الأسبوع الماضي بشكل ملحوظ.\n"
                + "وأعلن المنتخب الوطني لكرة القدم فوزه على منتخب تونس في مباراة ودية أقيمت في الرباط.";
        Document plain = BASIC.annotate(text);
        assertThat(summarize(new SummaryOptions(1, 0), plain).sentences().get(0).sentence()).isZero();
        Document titled = BASIC.annotate(Document.of("d", text, new DocumentMeta(
                "المنتخب الوطني لكرة القدم يفوز على منتخب تونس في مباراة ودية في الرباط", null, null, null)));
        assertThat(summarize(new SummaryOptions(1, 0), titled).sentences().get(0).sentence()).isEqualTo(1);

        int tunis = text.indexOf("تونس");
        int rabat = text.indexOf("الرباط");
        Document mentioned = plain.with(Layers.MENTIONS, Layer.of(List.of(
                new Mention(tunis, tunis + 4, "تونس", EntityType.LOC, 1f, -1),
                new Mention(rabat, rabat + 6, "الرباط", EntityType.LOC, 1f, -1))));
        List<SummarySentence> without = summarize(new SummaryOptions(2, 0), plain).sentences();
        List<SummarySentence> with = summarize(new SummaryOptions(2, 0), mentioned).sentences();
        assertThat(with.get(0).score()).isEqualTo(without.get(0).score());
        assertThat(with.get(1).score()).isGreaterThan(without.get(1).score());
    }

    @Test
    void directQuotationsFromTheQuotationLayerLowerASentence() {
        String text = "وقال الوزير إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل.\n"
                + "وأضاف أن الخطة تشمل دعم المصانع المحلية وزيادة الصادرات.";
        Document plain = BASIC.annotate(text);
        int start = 15;
        int end = text.indexOf('.');
        Document quoted = plain.with(Layers.QUOTATIONS, Layer.of(List.of(new naba.text.Quotation(start, end,
                naba.text.QuoteKind.DIRECT, 0, 4, "قال", -1, -1, -1, "none", -1, -1, -1))));
        Document reported = plain.with(Layers.QUOTATIONS, Layer.of(List.of(new naba.text.Quotation(start, end,
                naba.text.QuoteKind.INDIRECT, 0, 4, "قال", -1, -1, -1, "none", -1, -1, -1))));
        double base = summarize(new SummaryOptions(1, 0), plain).sentences().get(0).score();
        assertThat(summarize(new SummaryOptions(2, 0), quoted).sentences().get(0).score()).isLessThan(base);
        assertThat(summarize(new SummaryOptions(1, 0), reported).sentences().get(0).score()).isEqualTo(base);
    }

    @Test
    void emptyAndPunctuationOnlyTextsGiveAnEmptySummary() {
        assertThat(summarize(SummaryOptions.DEFAULT, BASIC.annotate("")).sentences()).isEmpty();
        assertThat(summarize(SummaryOptions.DEFAULT, BASIC.annotate("... !!! ؟")).sentences()).isEmpty();
    }

    @Test
    void annotatorAddsTheSummaryLayerKeepingStandOff() {
        Pipeline pipeline = Pipeline.builder().add(naba.tokenize.ArabicTokenizer.INSTANCE)
                .add(naba.tokenize.SentenceSplitter.INSTANCE).add(ExtractiveSummarizer.standard()).build();
        Document d = pipeline.annotate(ARTICLE);
        assertThat(d.layer(Layers.SUMMARY).text(d)).isEqualTo(LEAD);
        assertStandOff(d);
    }

    @Test
    void randomTextsKeepWholeSentencesAndLimits() {
        String[] pieces = {"قال", "الوزير", "«", "»", "إن", "الاتفاق", ".", "،", "؟", "\n", "2018", "CNN", " ", "…",
            "وأضاف", "\"", "😀", "ـ", "\u200f"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            Document d = BASIC.annotate(text.toString());
            SummaryOptions options = new SummaryOptions(random.nextInt(4), 1 + random.nextInt(30));
            Summary summary = summarize(options, d);
            Layer<Sentence> sentences = d.layer(Layers.SENTENCES);
            assertThat(summary.words()).isLessThanOrEqualTo(options.words());
            if (options.sentences() > 0) {
                assertThat(summary.sentences()).hasSizeLessThanOrEqualTo(options.sentences());
            }
            for (SummarySentence s : summary.sentences()) {
                assertThat(sentences.get(s.sentence()).start()).isEqualTo(s.start());
                assertThat(sentences.get(s.sentence()).end()).isEqualTo(s.end());
            }
        }
    }

    @Test
    void optionsRejectImpossibleLengths() {
        assertThatThrownBy(() -> new SummaryOptions(0, 0)).hasMessageContaining("set a sentence limit");
        assertThatThrownBy(() -> new SummaryOptions(-1, 10)).hasMessageContaining("negative");
    }
}
