package naba.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;

/**
 * Sentences of an annotated document as the tagger reads them: per sentence its tokens, their forms
 * ({@link NerFeatures#form}: «على» keeps its «ى») and their surfaces.
 *
 * @param tokens   per sentence, its tokens
 * @param forms    per sentence, the tagger's form of each token
 * @param surfaces per sentence, token {@code i} as written
 */
record TaggerInput(List<List<Token>> tokens, List<String[]> forms, List<IntFunction<String>> surfaces) {
    /** Needs {@link Layers#TOKENS}. */
    static TaggerInput of(Document document, List<Sentence> sentences) {
        Layer<Token> all = document.layer(Layers.TOKENS);
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<String[]> forms = new ArrayList<>(sentences.size());
        List<IntFunction<String>> surfaces = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> inside = all.within(sentence);
            String[] f = new String[inside.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = NerFeatures.form(inside.get(i).norm(), inside.get(i).surface());
            }
            tokens.add(inside);
            forms.add(f);
            surfaces.add(i -> inside.get(i).surface());
        }
        return new TaggerInput(tokens, forms, surfaces);
    }
}
