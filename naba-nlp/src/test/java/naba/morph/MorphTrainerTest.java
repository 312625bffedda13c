package naba.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import naba.ml.ModelFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MorphTrainerTest {
    private static final String TRAIN = """
            # text = وقال الوزير للحكومة
            1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
            1\tو\tوَ\tCCONJ\t_\t_\t_\t_\t_\t_
            2\tقال\tقَال\tVERB\t_\t_\t_\t_\t_\t_
            3\tالوزير\tوَزِير\tNOUN\t_\t_\t_\t_\t_\t_
            4-5\tللحكومة\t_\t_\t_\t_\t_\t_\t_\t_
            4\tل\tلِ\tADP\t_\t_\t_\t_\t_\t_
            5\tالحكومة\tحُكُومَة\tNOUN\t_\t_\t_\t_\t_\t_

            # text = قال كيري بانه للشركة
            1\tقال\tقَال\tVERB\t_\t_\t_\t_\t_\t_
            2\tكيري\tكيري\tX\t_\t_\t_\t_\t_\t_
            3-5\tبانه\t_\t_\t_\t_\t_\t_\t_\t_
            3\tب\tبِ\tADP\t_\t_\t_\t_\t_\t_
            4\tأن\tأَنَّ\tSCONJ\t_\t_\t_\t_\t_\t_
            5\tه\tهُوَ\tPRON\t_\t_\t_\t_\t_\t_
            6-7\tللشركة\t_\t_\t_\t_\t_\t_\t_\t_
            6\tل\tلِ\tADP\t_\t_\t_\t_\t_\t_
            7\tالشركة\tشَرِكَة\tNOUN\t_\t_\t_\t_\t_\t_

            """;
    // UniMorph-style lemma data: FEATS carries the class.
    private static final String LEMMAS = """
            # sent_id = a
            # text = قال الوزير للحكومة
            1\tقال\tقَال\t_\t_\tV;PFV\t_\t_\t_\t_
            2\tالوزير\tوَزِير\t_\t_\tN;DEF\t_\t_\t_\t_
            3\tل\tلِ\t_\t_\tADP\t_\t_\t_\t_
            4\tالحكومة\tحُكُومَة\t_\t_\tN;DEF\t_\t_\t_\t_
            5\tالشركة\tشَرِكَة\t_\t_\tN;DEF\t_\t_\t_\t_

            """;

    private static MorphModel model;

    private static List<ConlluSentence> read(String s) throws IOException {
        return ConlluReader.read(new BufferedReader(new StringReader(s)), "test");
    }

    @BeforeAll
    static void train() throws IOException {
        List<ConlluSentence> train = read(TRAIN);
        List<String> log = new ArrayList<>();
        model = new MorphTrainer(new MorphOptions(3, 8, 3, 5L, 10, 12, 10, 1, 100))
                .train(train, train, new LemmaSplit(read(LEMMAS), read(LEMMAS)), Map.of("test", "tiny"), log::add);
        assertThat(log).anyMatch(l -> l.startsWith("tagger epoch 8"));
    }

    @Test
    void segmentsTagsAndLemmatizesWhatItWasTaught() {
        MorphAnalysis a = model.analyze(new String[] {"وقال", "الوزير", "للحكومة"}, new boolean[] {true, true, true});
        assertThat(a.forms()).containsExactly("و", "قال", "الوزير", "ل", "الحكومة");
        assertThat(a.firstWord()).containsExactly(0, 2, 3, 5);
        assertThat(a.starts()).containsExactly(0, 1, 0, 0, 1);
        assertThat(a.ends()).containsExactly(1, 4, 6, 1, 7);
        assertThat(a.upos()).containsExactly("CCONJ", "VERB", "NOUN", "ADP", "NOUN");
        assertThat(a.lemmas()).containsExactly("و", "قَال", "وَزِير", "لِ", "حُكُومَة");
    }

    @Test
    void unsplittableTokensStayWhole() {
        MorphAnalysis a = model.analyze(new String[] {"للحكومة", "2015"}, new boolean[] {false, false});
        assertThat(a.forms()).containsExactly("للحكومة", "2015");
    }

    @Test
    void savedModelAnalyzesIdentically() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        MorphModel loaded = MorphModel.load(new ByteArrayInputStream(out.toByteArray()), "tiny");
        String[] tokens = {"قال", "كيري", "بانه", "للشركة", "وقال"};
        boolean[] split = {true, true, true, true, true};
        MorphAnalysis a = model.analyze(tokens, split);
        MorphAnalysis b = loaded.analyze(tokens, split);
        assertThat(b.forms()).containsExactly(a.forms());
        assertThat(b.upos()).containsExactly(a.upos());
        assertThat(b.lemmas()).containsExactly(a.lemmas());
        assertThat(loaded.provenance()).containsEntry("test", "tiny");
        assertThat(a.forms()).containsExactly("قال", "كيري", "ب", "أن", "ه", "ل", "الشركة", "و", "قال");
    }

    @Test
    void loadRejectsOtherFiles() {
        assertThatThrownBy(() -> MorphModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), "x.bin"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("x.bin");
    }
}
