package naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.text.ParagraphDuplicate;
import naba.testing.SharedData;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

class ParagraphDuplicateDetectorTest {
    /** Only what the detector needs, so these tests do not depend on the models of the standard pipeline. */
    private static final Pipeline PIPELINE = Pipeline.builder().add(ArabicTokenizer.INSTANCE)
            .add(SentenceSplitter.INSTANCE).add(ParagraphDuplicateDetector.INSTANCE).build();

    @Test
    void findsTheSeedArticlesRepeatedAccounts() throws IOException {
        String text = Files.readString(SharedData.require("seed/000_ca0cb7257febc4c2.txt"), StandardCharsets.UTF_8);
        Document d = PIPELINE.annotate(text);
        // The expected JSON numbers paragraphs from 1: 1 = 9 (the call on the American side's initiative), 4 = 10
        // (talks to continue in New York), 7 = 9 (the Russian ministry's account, from two agencies).
        assertThat(d.layer(Layers.PARAGRAPH_DUPLICATES)).extracting(ParagraphDuplicate::first, ParagraphDuplicate::second)
                .containsExactly(tuple(0, 8), tuple(3, 9), tuple(6, 8));
        assertThat(d.layer(Layers.PARAGRAPH_DUPLICATES).get(2).similarity()).isGreaterThan(0.4);
    }

    @Test
    void aRepeatedParagraphWithOtherWordingPairsAndUnrelatedOnesDoNot() {
        String text = "قالت وزارة الصحة إن عدد الإصابات بفيروس كورونا في منطقة الرياض ارتفع إلى عشرين حالة خلال الأسبوع.\n"
                + "وتعادل فريق الهلال مع النصر في مباراة الدوري مساء الجمعة.\n"
                + "وأعلنت الوزارة ارتفاع الإصابات بالفيروس في الرياض الى عشرين حالة في اسبوع واحد.";
        Document d = PIPELINE.annotate(text);
        assertThat(d.layer(Layers.PARAGRAPH_DUPLICATES)).extracting(ParagraphDuplicate::first,
                ParagraphDuplicate::second, ParagraphDuplicate::shared).containsExactly(tuple(0, 2, 6));
    }

    @Test
    void shortOrSingleParagraphTextsHaveNone() {
        assertThat(PIPELINE.annotate("").layer(Layers.PARAGRAPH_DUPLICATES)).isEmpty();
        assertThat(PIPELINE.annotate("قال كيري.\nقال كيري.").layer(Layers.PARAGRAPH_DUPLICATES))
                .isEmpty();
    }

    @Test
    void aLongArticleOfRepeatedParagraphsStaysCheap() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("وأكد المتحدث باسم وزارة الداخلية أن الأجهزة الأمنية تتابع القضية رقم ").append(i).append('\n');
        }
        Document d = PIPELINE.annotate(text.toString());
        // Every paragraph repeats every other, but stems shared by more than MAX_POSTINGS paragraphs propose no
        // candidates, so only the first paragraphs are paired.
        assertThat(d.layer(Layers.PARAGRAPH_DUPLICATES).size()).isLessThanOrEqualTo(
                ParagraphDuplicateDetector.MAX_POSTINGS * (ParagraphDuplicateDetector.MAX_POSTINGS + 1) / 2);
    }
}
