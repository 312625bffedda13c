package naba.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.DocumentMeta;
import naba.text.Layers;
import naba.text.Quotation;
import naba.text.Span;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written gold paragraph gives exactly its listed dates, quantities and quotations. The pipeline has no
 * NER, so speakers are the subjects' text: the path every document without entity layers takes.
 */
class GoldParagraphsTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(ArabicTokenizer.INSTANCE)
            .add(SentenceSplitter.INSTANCE).add(TimeExpressionTagger.INSTANCE).add(QuantityTagger.INSTANCE)
            .add(QuotationExtractor.INSTANCE).build();

    static Stream<GoldParagraphs.Paragraph> paragraphs() throws IOException {
        return GoldParagraphs.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void findsExactlyTheGoldItems(GoldParagraphs.Paragraph p) {
        Document d = PIPELINE.annotate(p.id(), p.text(), new DocumentMeta(null, p.date(), null, null));

        assertThat(d.layer(Layers.TIMES)).extracting(GoldParagraphs::format).containsExactlyElementsOf(p.times());
        assertThat(d.layer(Layers.QUANTITIES)).extracting(GoldParagraphs::format)
                .containsExactlyElementsOf(p.quantities());
        List<String> quotes = d.layer(Layers.QUOTATIONS).stream().map(q -> GoldParagraphs.format(d, q)).toList();
        assertThat(quotes).hasSize(p.quotations().size());
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(quotes.get(i)).startsWith(p.quotations().get(i));
        }
        assertStandOff(d);
    }

    static void assertStandOff(Document d) {
        String text = d.text();
        for (var layer : List.of(d.layer(Layers.TIMES), d.layer(Layers.QUANTITIES), d.layer(Layers.QUOTATIONS))) {
            int last = -1;
            for (Span s : layer) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
                last = s.start();
            }
        }
        for (Quotation q : d.layer(Layers.QUOTATIONS)) {
            assertThat(q.cueEnd()).isGreaterThan(q.cueStart());
            if (q.hasSpeaker()) {
                assertThat(q.speakerEnd()).isGreaterThan(q.speakerStart()).isLessThanOrEqualTo(text.length());
            } else {
                assertThat(q.speakerReason()).isNotBlank();
            }
        }
        d.layer(Layers.TIMES).forEach(t -> assertThat(t.surface()).isEqualTo(text.substring(t.start(), t.end())));
        d.layer(Layers.QUANTITIES).forEach(t -> assertThat(t.surface()).isEqualTo(text.substring(t.start(), t.end())));
    }
}
