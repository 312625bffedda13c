package naba.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import naba.morph.MorphologicalAnalyzer;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;

/**
 * Sentences of an annotated document as the tagger reads them: per sentence its tokens, their forms
 * ({@link NerFeatures#form}: «على» keeps its «ى»), their parts of speech and their surfaces.
 *
 * @param tokens   per sentence, its tokens
 * @param forms    per sentence, the tagger's form of each token
 * @param pos      per sentence, the {@link PartsOfSpeech} code of each token
 * @param surfaces per sentence, token {@code i} as written
 */
record TaggerInput(List<List<Token>> tokens, List<String[]> forms, List<byte[]> pos,
        List<IntFunction<String>> surfaces) {
    /**
     * Needs {@link Layers#TOKENS}. Parts of speech come from {@link Layers#WORDS}; a document without them is
     * analysed by the committed morphology first, sentence by sentence ({@code sentences} when it has none).
     */
    static TaggerInput of(Document document, List<Sentence> sentences) {
        Document analysed = document.has(Layers.WORDS) ? document
                : MorphologicalAnalyzer.standard().annotate(document.has(Layers.SENTENCES) ? document
                        : document.with(Layers.SENTENCES, Layer.of(sentences)));
        Layer<Token> all = document.layer(Layers.TOKENS);
        byte[] codes = PartsOfSpeech.ofWords(analysed.layer(Layers.WORDS), all.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<String[]> forms = new ArrayList<>(sentences.size());
        List<byte[]> pos = new ArrayList<>(sentences.size());
        List<IntFunction<String>> surfaces = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> inside = all.within(sentence);
            String[] f = new String[inside.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = NerFeatures.form(inside.get(i).norm(), inside.get(i).surface());
            }
            int first = all.firstStartingAtOrAfter(sentence.start());
            tokens.add(inside);
            forms.add(f);
            pos.add(Arrays.copyOfRange(codes, first, first + f.length));
            surfaces.add(i -> inside.get(i).surface());
        }
        return new TaggerInput(tokens, forms, pos, surfaces);
    }
}
