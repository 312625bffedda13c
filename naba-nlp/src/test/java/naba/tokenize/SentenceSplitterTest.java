package naba.tokenize;

import static naba.testing.StandOff.assertStandOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Paragraph;
import naba.text.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final Pipeline pipeline = NabaPipeline.basic();

    private List<String> sentences(String text) {
        Document d = pipeline.annotate(text);
        assertStandOff(d);
        return d.layer(Layers.SENTENCES).stream().map(d::surface).toList();
    }

    @Test
    void endMarksEndSentences() {
        assertThat(sentences("وصل الوفد. هل بدأ الاجتماع؟ نعم! انتظروا… ثم غادروا."))
                .containsExactly("وصل الوفد.", "هل بدأ الاجتماع؟", "نعم!", "انتظروا…", "ثم غادروا.");
    }

    @Test
    void runsOfEndMarksStayTogether() {
        assertThat(sentences("حقا؟! لا أصدق... غريب.")).containsExactly("حقا؟!", "لا أصدق...", "غريب.");
    }

    @Test
    void decimalsDoNotEndSentences() {
        assertThat(sentences("ارتفع النمو إلى 3.5 في المئة. وتراجع التضخم."))
                .containsExactly("ارتفع النمو إلى 3.5 في المئة.", "وتراجع التضخم.");
    }

    @Test
    void initialsAndAbbreviationsDoNotEndSentences() {
        assertThat(sentences("قال د. محمد علي إن م. أحمد سافر. وأكدت (أ.ف.ب) الخبر (أ ف ب). وقال J. Smith ذلك."))
                .containsExactly("قال د. محمد علي إن م. أحمد سافر.", "وأكدت (أ.ف.ب) الخبر (أ ف ب).",
                        "وقال J. Smith ذلك.");
    }

    @Test
    void closingQuoteAfterTheEndMarkStaysInTheSentence() {
        assertThat(sentences("قال الوزير: \"انتهى الاجتماع.\" ثم غادر. وأضاف: «سنعود غدا.» وصمت."))
                .containsExactly("قال الوزير: \"انتهى الاجتماع.\"", "ثم غادر.", "وأضاف: «سنعود غدا.»", "وصمت.");
    }

    @Test
    void paragraphBreaksEndSentencesAndParagraphsAreLines() {
        String text = "  عنوان الخبر\n\nقال كيري إن الاتصال جرى\nوأضاف أن المحادثات ستستمر.\r\n\n";
        Document d = pipeline.annotate(text);
        assertStandOff(d);
        assertThat(d.layer(Layers.PARAGRAPHS)).extracting(Paragraph::start, Paragraph::end)
                .containsExactly(tuple(2, 13), tuple(15, 38), tuple(39, 65));
        assertThat(d.layer(Layers.SENTENCES)).extracting(d::surface, Sentence::paragraph)
                .containsExactly(tuple("عنوان الخبر", 0), tuple("قال كيري إن الاتصال جرى", 1),
                        tuple("وأضاف أن المحادثات ستستمر.", 2));
    }

    @Test
    void emptyDocumentHasNoParagraphsOrSentences() {
        Document d = pipeline.annotate("");
        assertThat(d.layer(Layers.PARAGRAPHS)).isEmpty();
        assertThat(d.layer(Layers.SENTENCES)).isEmpty();
        assertThat(pipeline.annotate(" \n \u200F\n").layer(Layers.PARAGRAPHS)).isEmpty();
    }

    @Test
    void sentenceWithoutEndMarkEndsWithItsParagraph() {
        assertThat(sentences("اجتماع في جنيف")).containsExactly("اجتماع في جنيف");
    }
}
