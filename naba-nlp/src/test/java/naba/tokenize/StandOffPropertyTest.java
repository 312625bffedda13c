package naba.tokenize;

import static naba.testing.StandOff.assertStandOff;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.testing.Corpus;
import naba.testing.SharedData;
import naba.text.Document;
import naba.text.Layers;
import org.junit.jupiter.api.Test;

class StandOffPropertyTest {
    private static final String[] PIECES = {
        "قال", "الأُمَم", "وبالمدرسة", "الـحـكومة", " ", " ", " ", "\n", "\n\n", ".", "،", "؟", "!", "…", "«", "»",
        "\"", "(", ")", "/", "-", "22،15", "1,5", "٣٫٥", "١٥", "۱۳۹۹", "٪", "%", "$", "G20", "Kerry", "J.", "د.",
        "أ.ف.ب", "https://a.example/x?y=1", "info@naba.org", "#سوريا", "@naba", "\u200F", "\u200C", "\u200D",
        "\uFEFB", "\uFE8D", "\u0640", "\u064E", "\uD83D\uDC4D", "\uD83C\uDFFD", "\uD800", "\uDC00", "\t", "\r\n",
        "日本", "Ωμέγα", "\u0000", "\u00A0", "...", "٫", "٬", "a", "ب", "'", "’", "”",
    };

    @Test
    void randomTextKeepsTheStandOffInvariants() {
        Pipeline pipeline = NabaPipeline.basic();
        Random random = new Random(20261129L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(10) == 0) {
                    sb.append((char) random.nextInt(0x10000));
                } else {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            assertStandOff(pipeline.annotate(sb.toString()));
        }
    }

    @Test
    void aMegabyteOfTextIsAnalyzedWhole() {
        String paragraph = "وأكد كيري أنه إذا صحت هذه التقارير، فإن هذا التصرف قد يفاقم النزاع في سوريا.\n";
        String text = paragraph.repeat(1_000_000 / paragraph.length() + 1);
        Document d = NabaPipeline.basic().annotate(text);
        assertStandOff(d);
        assertThat(d.layer(Layers.PARAGRAPHS)).hasSize(text.length() / paragraph.length());
        assertThat(d.layer(Layers.SENTENCES)).hasSameSizeAs(d.layer(Layers.PARAGRAPHS));
    }

    @Test
    void aTenThousandCharacterTokenIsOneToken() {
        String word = "ب".repeat(10_000);
        Document d = NabaPipeline.basic().annotate("قال " + word + " ثم");
        assertStandOff(d);
        assertThat(d.layer(Layers.TOKENS)).hasSize(3);
        assertThat(d.layer(Layers.TOKENS).get(1).surface()).hasSize(10_000);
    }

    @Test
    void saudiNewsNetArticlesKeepTheStandOffInvariants() {
        List<String> texts = Corpus.texts("data/saudinewsnet/saudinewsnet.jsonl.gz", 3000);
        assertThat(texts).hasSize(3000);
        Pipeline pipeline = NabaPipeline.basic();
        for (String text : texts) {
            assertStandOff(pipeline.annotate(text));
        }
    }

    @Test
    void seedArticleHasTenParagraphsAndSensibleSentences() throws IOException {
        String text = Files.readString(SharedData.require("seed/000_ca0cb7257febc4c2.txt"), StandardCharsets.UTF_8);
        Document d = NabaPipeline.basic().annotate(text);
        assertStandOff(d);
        assertThat(d.layer(Layers.PARAGRAPHS)).hasSize(10);
        List<String> sentences = d.layer(Layers.SENTENCES).stream().map(d::surface).toList();
        assertThat(sentences).hasSize(16)
                .allSatisfy(s -> assertThat(s).endsWith("."))
                .contains("وقالت الخارجية الأميركية إن الوزيرين اتفقا على أن المباحثات ستتواصل في نيويورك في وقت"
                        + " لاحق من الشهر الجاري.")
                .contains("وتدعم روسيا حكومة الرئيس بشار الأسد لكن الولايات المتحدة تعارض هذا التصرف.");
        assertThat(sentences.get(0)).startsWith("أعرب وزير الخارجية الأميركي");
    }
}
