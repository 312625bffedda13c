package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.morph.MorphologicalAnalyzer;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Sentence;
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
        byte[] fromWords = PartsOfSpeech.ofWords(withWords.layer(Layers.WORDS), tokens.size());
        assertThat(fromWords).containsExactly(PartsOfSpeech.of(tokens.stream().map(Token::surface).toList()));
        List<Sentence> sentences = tokenized.layer(Layers.SENTENCES).subList(0, 1);
        // A document without words is analysed on the way, to the same codes.
        assertThat(TaggerInput.of(tokenized, sentences).pos().get(0)).containsExactly(fromWords);
        assertThat(TaggerInput.of(withWords, sentences).pos().get(0)).containsExactly(fromWords);
        assertThat(names(fromWords)[0]).isEqualTo("VERB");
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
