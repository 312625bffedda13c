package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Quotation;
import naba.text.QuoteKind;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {
    private static final Pipeline BASIC = Pipeline.builder().add(ArabicTokenizer.INSTANCE)
            .add(SentenceSplitter.INSTANCE).build();

    private static List<Quotation> extract(Document d) {
        return QuotationExtractor.INSTANCE.annotate(d).layer(Layers.QUOTATIONS);
    }

    private static String speaker(Document d, Quotation q) {
        return q.hasSpeaker() ? d.text().substring(q.speakerStart(), q.speakerEnd()) : null;
    }

    private static String content(Document d, Quotation q) {
        return d.text().substring(q.start(), q.end());
    }

    @Test
    void findsIndirectSpeechInEveryPersonWithAttachedConjunctions() {
        Document d = BASIC.annotate("وأكد كيري أنه سيزور موسكو. فقالوا إن الاجتماع انتهى. وتقول الوزيرة بأن الحل قريب.");
        assertThat(extract(d)).extracting(Quotation::kind, Quotation::cueLemma, q -> speaker(d, q), q -> content(d, q))
                .containsExactly(
                        tuple(QuoteKind.INDIRECT, "أكد", "كيري", "سيزور موسكو"),
                        tuple(QuoteKind.INDIRECT, "قال", "كيري", "الاجتماع انتهى"),
                        tuple(QuoteKind.INDIRECT, "قال", "الوزيرة", "الحل قريب"));
        assertThat(extract(d).get(1).speakerReason()).isEqualTo("dropped subject: the last speaker");
    }

    @Test
    void findsDirectSpeechAcrossSentencesAndAfterTheQuote() {
        Document d = BASIC.annotate("وقال الوزير: «لن نتراجع. سنواصل». “الوضع خطير”، قال المتحدث.");
        assertThat(extract(d)).extracting(Quotation::kind, q -> speaker(d, q), q -> content(d, q)).containsExactly(
                tuple(QuoteKind.DIRECT, "الوزير", "لن نتراجع. سنواصل"),
                tuple(QuoteKind.DIRECT, "المتحدث", "الوضع خطير"));
    }

    @Test
    void usesMentionsForSpeakersDescriptionsAndConveyingSources() {
        String text = "ذكرت صحيفة (نيويورك تايمز) أن روسيا أرسلت قوات. وأضافت الصحيفة أن الخطوات تشمل وحدات."
                + " ونقلت وكالة ريا نوفوستي عن بوتين قوله \"من المبكر القول\".";
        Document d = BASIC.annotate(text);
        d = d.with(Layers.MENTIONS, Layer.of(List.of(mention(text, "نيويورك تايمز", EntityType.ORG, 0),
                mention(text, "روسيا", EntityType.LOC, 1), mention(text, "ريا نوفوستي", EntityType.ORG, 2),
                mention(text, "بوتين", EntityType.PERS, 3))));
        Document annotated = d;
        List<Quotation> quotes = extract(d);
        assertThat(quotes).extracting(Quotation::kind, q -> speaker(annotated, q), Quotation::speakerEntity,
                Quotation::viaEntity).containsExactly(
                        tuple(QuoteKind.INDIRECT, "نيويورك تايمز", 0, -1),
                        tuple(QuoteKind.INDIRECT, "نيويورك تايمز", 0, -1),
                        tuple(QuoteKind.DIRECT, "بوتين", 3, 2));
        assertThat(quotes.get(1).speakerReason()).contains("الصحيفة").contains("نيويورك تايمز");
    }

    @Test
    void followsALongSubjectToTheEndOfItsName() {
        String text = "وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الأجهزة الأمنية ألقت القبض على خمسة.";
        Document d = BASIC.annotate(text).with(Layers.MENTIONS,
                Layer.of(List.of(mention(text, "منصور التركي", EntityType.PERS, 0))));
        assertThat(extract(d)).extracting(q -> speaker(d, q), Quotation::speakerEntity, q -> content(d, q))
                .containsExactly(tuple("منصور التركي", 0, "الأجهزة الأمنية ألقت القبض على خمسة"));
    }

    @Test
    void givesTheWordToThePersonATitleNames() {
        String text = "وقال المتحدث باسم الخارجية الروسية ماريا زاخاروفا إن الاجتماع تأجل."
                + " وأوضح الناطق الرسمي باسم الهيئة العليا المستقلة للانتخابات محمد التليلي المنصري أن العدد بلغ 1058."
                + " وقال المحلل المالي في شركة الأنصاري للخدمات المالية فادي الغطيس إن السيولة عادت."
                + " وقال الوزير في اتصال مع كيري إن الهدنة صامدة.";
        Document d = BASIC.annotate(text).with(Layers.MENTIONS, Layer.of(List.of(
                mention(text, "الخارجية الروسية", EntityType.ORG, 0), mention(text, "ماريا زاخاروفا", EntityType.PERS, 1),
                mention(text, "الهيئة العليا المستقلة للانتخابات", EntityType.ORG, 2),
                mention(text, "محمد التليلي المنصري", EntityType.PERS, 3), mention(text, "فادي الغطيس", EntityType.PERS, 4),
                mention(text, "كيري", EntityType.PERS, 5))));
        assertThat(extract(d)).extracting(q -> speaker(d, q), Quotation::speakerEntity, q -> content(d, q))
                .containsExactly(tuple("ماريا زاخاروفا", 1, "الاجتماع تأجل"),
                        tuple("محمد التليلي المنصري", 3, "العدد بلغ 1058"), tuple("فادي الغطيس", 4, "السيولة عادت"),
                        tuple("الوزير", -1, "الهدنة صامدة"));
    }

    @Test
    void findsTheSubjectBetweenKanaAndQad() {
        String text = "وكان حزب حركة النهضة قد أعلن مقاطعته للانتخابات، معتبرا أنها \"مسرحية\"."
                + " وكانت الوزيرة قد قالت إن الموعد ثابت.";
        Document d = BASIC.annotate(text).with(Layers.MENTIONS,
                Layer.of(List.of(mention(text, "حركة النهضة", EntityType.ORG, 0))));
        assertThat(extract(d)).extracting(q -> speaker(d, q), Quotation::speakerEntity, q -> content(d, q))
                .containsExactly(tuple("حركة النهضة", 0, "\"مسرحية\""), tuple("الوزيرة", -1, "الموعد ثابت"));
    }

    @Test
    void takesAFewQuotedWordsBeforeTheComplementizerAsTheSubjectsName() {
        Document d = BASIC.annotate("وقالت وكالة الأنباء الرسمية \"سانا\" إن الجيش سيطر على البلدة.");
        assertThat(extract(d)).extracting(Quotation::kind, q -> speaker(d, q), q -> content(d, q))
                .containsExactly(tuple(QuoteKind.INDIRECT, "وكالة الأنباء الرسمية \"سانا\"", "الجيش سيطر على البلدة"));
    }

    @Test
    void takesAFewQuotedWordsAfterLamAsWhomItWasSaidTo() {
        Document d = BASIC.annotate("كشف لـ \"الاقتصادية\" مسؤول هلالي، أن الاتحاد سيفصل في القضية.");
        assertThat(extract(d)).extracting(Quotation::kind, q -> speaker(d, q), q -> content(d, q))
                .containsExactly(tuple(QuoteKind.INDIRECT, "مسؤول هلالي", "الاتحاد سيفصل في القضية"));
    }

    @Test
    void takesTheWordsAfterAColonAsDirectSpeech() {
        Document d = BASIC.annotate("وقال الوزير: لن نتراجع عن القرار. وأضاف: تم الفرز كالتالي: حالة حرجة و16 حالة متوسطة."
                + " وتابع مؤكدا: \"الوضع مستقر\".");
        assertThat(extract(d)).extracting(Quotation::kind, q -> speaker(d, q), q -> content(d, q)).containsExactly(
                tuple(QuoteKind.DIRECT, "الوزير", "لن نتراجع عن القرار"),
                tuple(QuoteKind.DIRECT, "الوزير", "تم الفرز كالتالي: حالة حرجة و16 حالة متوسطة"),
                tuple(QuoteKind.DIRECT, "الوزير", "الوضع مستقر"));
    }

    @Test
    void treatsQuotedNamesAsNamesAndQuotedWordsAsMixed() {
        Document d = BASIC.annotate("وأكد الوزير أن تنظيم \"الدولة الإسلامية\" يتراجع. وأكدت الوزارة أن \"المشاورات\" ستستكمل.");
        assertThat(extract(d)).extracting(Quotation::kind).containsExactly(QuoteKind.INDIRECT, QuoteKind.MIXED);
    }

    @Test
    void ignoresScareQuotesWithoutACueAndTextWithoutSpeech() {
        assertThat(extract(BASIC.annotate("التقارير التي تفيد بوجود \"تعزيزات عسكرية\" في سوريا."))).isEmpty();
        assertThat(extract(BASIC.annotate(""))).isEmpty();
        assertThat(extract(BASIC.annotate("«»\"\""))).isEmpty();
    }

    @Test
    void explainsAMissingSpeaker() {
        Document d = BASIC.annotate("وأضاف أن الوضع خطير.");
        Quotation q = extract(d).get(0);
        assertThat(q.hasSpeaker()).isFalse();
        assertThat(q.speakerReason()).isEqualTo("dropped subject and no earlier speaker");
    }

    private static Mention mention(String text, String surface, EntityType type, int entity) {
        int start = text.indexOf(surface);
        return new Mention(start, start + surface.length(), surface, type, 1f, entity);
    }
}
