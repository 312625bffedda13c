package naba.ner;

import java.util.List;

/**
 * Anything that finds entity spans in a tokenized sentence: the trained {@link NerModel} and rule-based taggers such
 * as {@link KnownEntityTagger}, so one {@link NerEvaluator} scores them all. For the tokens «قال جون كيري» a tagger
 * returns {@code [TokenSpan(1, 3, PERS, ...)]}.
 */
public interface SpanTagger {
    /**
     * The entity spans of one sentence, ordered by start, not overlapping.
     *
     * @param tokens the sentence's tokens as written (clitics attached)
     */
    List<TokenSpan> tag(List<String> tokens);

    /**
     * The entity spans of consecutive sentences of one text, in order; a tagger may use earlier sentences (a name
     * tagged before is tagged again). By default each sentence alone.
     */
    default List<List<TokenSpan>> tagAll(List<List<String>> sentences) {
        List<List<TokenSpan>> out = new java.util.ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            out.add(tag(s));
        }
        return out;
    }
}
