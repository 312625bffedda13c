package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.morph.MorphologicalAnalyzer;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Token;
import org.junit.jupiter.api.Test;

class PartsOfSpeechTest {
    private static String[] names(byte[] codes) {
        String[] out = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] == 0 ? "?" : PartsOfSpeech.UPOS.get(codes[i] - 1);
        }
        return out;
    }

    @Test
    void aTokenTakesThePartOfSpeechOfItsLongestWord() {
        // «وللحكومة» is و + ل + الحكومة: the noun, not the conjunction.
        assertThat(names(PartsOfSpeech.of(List.of("وأعلن", "وزير", "الخارجية", "دعمه", "للحكومة", "."))))
                .containsExactly("VERB", "NOUN", "NOUN", "NOUN", "NOUN", "PUNCT");
    }

    @Test
    void codesReadFromTheWordsLayerAreThoseTheMorphologyGivesTheTokens() {
        String text = "قال وزير الخارجية الأميركي جون كيري إن بلاده ستدعم الحكومة.";
        Document tokenized = NabaPipeline.basic().annotate(text);
        Document withWords = MorphologicalAnalyzer.standard().annotate(tokenized);
        List<Token> tokens = tokenized.layer(Layers.TOKENS).subList(0, tokenized.layer(Layers.TOKENS).size());
        assertThat(PartsOfSpeech.ofWords(withWords.layer(Layers.WORDS), tokens.size()))
                .containsExactly(PartsOfSpeech.ofTokens(tokens));
        assertThat(names(PartsOfSpeech.ofTokens(tokens))[0]).isEqualTo("VERB");
    }

    @Test
    void aPrepositionIsWrittenWithAlefMaksuraAndReadAsAdposition() {
        byte adp = PartsOfSpeech.code("ADP");
        assertThat(PartsOfSpeech.isPreposition("على", adp)).isTrue();
        assertThat(PartsOfSpeech.isPreposition("علي", adp)).as("the name Ali").isFalse();
        assertThat(PartsOfSpeech.isPreposition("على", PartsOfSpeech.code("X"))).isFalse();
        assertThat(PartsOfSpeech.code("NOT-A-TAG")).isZero();
    }

    @Test
    void latinWordsAndNumbersAreNotSplit() {
        assertThat(PartsOfSpeech.of(List.of("CNN", "2015", "و"))).hasSize(3).doesNotContain((byte) 0);
        assertThat(PartsOfSpeech.of(List.of())).isEmpty();
    }
}
