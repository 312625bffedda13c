package naba.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import naba.text.InputException;
import org.junit.jupiter.api.Test;

class MorphEvaluatorTest {
    private static final String GOLD = """
            # sent_id = 1
            # text = وقال للحكومة كيري
            1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
            1\tو\tوَ\tCCONJ\t_\t_\t_\t_\t_\t_
            2\tقال\tقَال\tVERB\t_\t_\t_\t_\t_\t_
            3-4\tللحكومة\t_\t_\t_\t_\t_\t_\t_\t_
            3\tل\tلِ\tADP\t_\t_\t_\t_\t_\t_
            4\tالحكومة\tحُكُومَة\tNOUN\t_\t_\t_\t_\t_\t_
            5\tكيري\tكيري\tX\t_\t_\t_\t_\t_\t_

            """;

    private static List<ConlluSentence> read(String s) throws IOException {
        return ConlluReader.read(new BufferedReader(new StringReader(s)), "test");
    }

    @Test
    void readsRangesWordsAndComments() throws IOException {
        List<ConlluSentence> gold = read(GOLD);
        assertThat(gold).hasSize(1);
        ConlluSentence s = gold.get(0);
        assertThat(s.id()).isEqualTo("1");
        assertThat(s.text()).isEqualTo("وقال للحكومة كيري");
        assertThat(s.tokens()).extracting(ConlluToken::surface).containsExactly("وقال", "للحكومة", "كيري");
        assertThat(s.wordCount()).isEqualTo(5);
        assertThat(s.tokens().get(1).words().get(1).lemma()).isEqualTo("حُكُومَة");
        assertThat(MorphEvaluator.rawText(gold)).isEqualTo("وقال للحكومة كيري\n\n");
    }

    @Test
    void perfectPredictionScoresHundred() throws IOException {
        MorphReport r = MorphEvaluator.evaluate(read(GOLD), read(GOLD));
        assertThat(r.tokens().f1()).isEqualTo(100.0);
        assertThat(r.words().f1()).isEqualTo(100.0);
        assertThat(r.upos().f1()).isEqualTo(100.0);
        assertThat(r.lemma().f1()).isEqualTo(100.0);
    }

    @Test
    void alignsWordsOfMultiwordTokensByTheirForms() throws IOException {
        // «للحكومة» left unsplit; «وقال» split right but «قال» mistagged; lemma of و without diacritics.
        String pred = """
                1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
                1\tو\tو\tCCONJ\t_\t_\t_\t_\t_\t_
                2\tقال\tقَال\tNOUN\t_\t_\t_\t_\t_\t_
                3\tللحكومة\tللحكومة\tNOUN\t_\t_\t_\t_\t_\t_
                4\tكيري\tكيري\tX\t_\t_\t_\t_\t_\t_

                """;
        MorphReport r = MorphEvaluator.evaluate(read(GOLD), read(pred));
        assertThat(r.tokens().correct()).isEqualTo(3);
        // Aligned: و, قال, كيري (للحكومة matches neither ل nor الحكومة by form).
        assertThat(r.words()).isEqualTo(new MorphScore(5, 4, 3));
        assertThat(r.upos().correct()).isEqualTo(2);
        assertThat(r.lemma().correct()).isEqualTo(2);
        assertThat(r.lemmaPlain().correct()).isEqualTo(3);
    }

    @Test
    void tokensAreMatchedByCharactersNotBySpacing() throws IOException {
        String pred = """
                1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
                1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_
                2\tقال\t_\tVERB\t_\t_\t_\t_\t_\t_
                3\tللحكومةكيري\t_\tNOUN\t_\t_\t_\t_\t_\t_

                """;
        MorphReport r = MorphEvaluator.evaluate(read(GOLD), read(pred));
        assertThat(r.tokens()).isEqualTo(new MorphScore(3, 2, 1));
        assertThat(r.words().correct()).isEqualTo(2);
    }

    @Test
    void differentTextsAreAnError() throws IOException {
        String pred = "1\tقال\t_\tVERB\t_\t_\t_\t_\t_\t_\n\n";
        assertThatThrownBy(() -> MorphEvaluator.evaluate(read(GOLD), read(pred)))
                .isInstanceOf(InputException.class).hasMessageContaining("differ");
    }

    @Test
    void goldWithoutLemmasHasNoLemmaScore() throws IOException {
        String gold = "# text = كيري\n1\tكيري\t_\tX\t_\t_\t_\t_\t_\t_\n\n";
        MorphReport r = MorphEvaluator.evaluate(read(gold), read(gold));
        assertThat(r.lemma()).isNull();
        assertThat(r.upos().f1()).isEqualTo(100.0);
    }

    @Test
    void truncatedRangeIsAnInputError() {
        assertThatThrownBy(() -> read("1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_\n\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("range");
    }
}
