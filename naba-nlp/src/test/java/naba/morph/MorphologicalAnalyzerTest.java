package naba.morph;

import static naba.testing.StandOff.assertStandOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Token;
import naba.text.Word;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

class MorphologicalAnalyzerTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(ArabicTokenizer.INSTANCE)
            .add(SentenceSplitter.INSTANCE).add(MorphologicalAnalyzer.standard()).build();

    /** Words are in order, inside their token, cover it without overlap, and carry form, UPOS and lemma. */
    static void assertWords(Document d) {
        assertStandOff(d);
        Layer<Token> tokens = d.layer(Layers.TOKENS);
        Layer<Word> words = d.layer(Layers.WORDS);
        int w = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int at = token.start();
            assertThat(w).as("token %s has words", token).isLessThan(words.size());
            while (w < words.size() && words.get(w).token() == t) {
                Word word = words.get(w);
                assertThat(word.start()).as("%s", word).isEqualTo(at);
                assertThat(word.end()).as("%s", word).isGreaterThan(word.start()).isLessThanOrEqualTo(token.end());
                assertThat(word.form()).isNotEmpty();
                assertThat(word.upos()).isNotEmpty();
                assertThat(word.lemma()).isNotEmpty();
                at = word.end();
                w++;
            }
            assertThat(at).as("words cover token %s", token).isEqualTo(token.end());
        }
        assertThat(w).isEqualTo(words.size());
    }

    @Test
    void splitsCliticsAndRestoresTheArticle() {
        Document d = PIPELINE.annotate("وقال الوزير للحكومة إن الاقتصاد تحسن.");
        assertWords(d);
        List<Word> words = d.layer(Layers.WORDS);
        assertThat(words).extracting(Word::form, Word::start, Word::end).startsWith(
                tuple("و", 0, 1), tuple("قال", 1, 4), tuple("الوزير", 5, 11), tuple("ل", 12, 13),
                tuple("الحكومة", 13, 19));
        assertThat(words).extracting(Word::form, Word::upos).contains(
                tuple("و", "CCONJ"), tuple("قال", "VERB"), tuple("ل", "ADP"), tuple("الحكومة", "NOUN"),
                tuple(".", "PUNCT"));
        assertThat(words).filteredOn(w -> w.form().equals("الحكومة")).extracting(w -> Diacritics.strip(w.lemma()))
                .containsExactly("حكومة");
        assertThat(words).filteredOn(w -> w.form().equals("الوزير")).extracting(Word::token).containsExactly(1);
    }

    @Test
    void pronounSuffixesBecomeWords() {
        Document d = PIPELINE.annotate("أكد الرئيس انه سيزور بلاده");
        assertWords(d);
        assertThat(d.layer(Layers.WORDS)).extracting(Word::form).contains("أن", "ه", "بلاد");
    }

    @Test
    void latinDigitsEmojiAndMixedScriptsNeverFail() {
        String text = "قال Kerry إن 2015 و١٥ مليون 😀👍🏽 دولارG20 ok؟ #سوريا @naba_news https://x.org/a";
        Document d = PIPELINE.annotate(text);
        assertWords(d);
        assertThat(d.layer(Layers.WORDS)).filteredOn(w -> w.form().equals("Kerry")).hasSize(1);
    }

    @Test
    void emptyAndDiacriticOnlyTexts() {
        assertThat(PIPELINE.annotate("").layer(Layers.WORDS)).isEmpty();
        assertWords(PIPELINE.annotate("  \n "));
        assertWords(PIPELINE.annotate("َُ ّ"));
    }

    @Test
    void hugeTokenAndHugeSentenceStayLinear() {
        String token = "ب" + "ت".repeat(9_998) + "ه";
        assertWords(PIPELINE.annotate("قال " + token + " امس"));
        StringBuilder b = new StringBuilder();
        String[] vocabulary = {"وقال", "الحكومة", "للشركة", "كيري", "بانه", "2015", "،"};
        for (int i = 0; i < 5_000; i++) {
            b.append(vocabulary[i % vocabulary.length]).append(' ');
        }
        Document d = PIPELINE.annotate(b.toString());
        assertWords(d);
        assertThat(d.layer(Layers.WORDS).size()).isGreaterThan(5_000);
    }

    @Test
    void seedArticleAnalyzes() throws Exception {
        java.nio.file.Path seed = naba.testing.SharedData.require("seed/000_ca0cb7257febc4c2.txt");
        Document d = PIPELINE.annotate(java.nio.file.Files.readString(seed));
        assertWords(d);
        assertThat(d.layer(Layers.WORDS).size()).isGreaterThan(d.layer(Layers.TOKENS).size());
    }
}
