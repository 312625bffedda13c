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
}
