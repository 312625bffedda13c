package naba.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import naba.pipeline.Pipeline;
import naba.testing.SharedData;
import naba.text.Document;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The committed model's bars, measured from raw text: Words F1 ≥ 98 and UPOS F1 ≥ 95 on PADT dev (tokenizer,
 * segmenter and tagger together), lemma accuracy without diacritics ≥ 92 on the lemma dev split. Skipped without
 * {@code ../shared}, failed under {@code CI=true} when it is missing.
 */
class MorphDevThresholdTest {
    @Test
    void padtDevWordsAndUposFromRawText() {
        Path dev = SharedData.require("data/padt/ar_padt-ud-dev.conllu");
        List<ConlluSentence> gold = ConlluReader.read(dev);
        Pipeline pipeline = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE)
                .add(MorphologicalAnalyzer.standard()).build();
        Document d = pipeline.annotate(MorphEvaluator.rawText(gold));
        MorphReport r = MorphEvaluator.evaluate(gold, MorphEvaluator.toConllu(d));
        assertThat(r.tokens().f1()).as("Tokens F1").isGreaterThanOrEqualTo(99.0);
        assertThat(r.words().f1()).as("Words F1").isGreaterThanOrEqualTo(98.0);
        assertThat(r.upos().f1()).as("UPOS F1").isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void lemmaDevSplitAccuracy() {
        Path lemmas = SharedData.require("data/padt-lemmas/padt-lemmas.conllu");
        Path split = SharedData.require("data/padt-lemmas/official_padt_split_by_sent_id.tsv");
        LemmaSplit s = LemmaSplit.of(ConlluReader.read(lemmas), split);
        assertThat(s.dev()).hasSizeGreaterThan(100);
        LemmaScore score = MorphEvaluator.lemmaAccuracy(MorphologicalAnalyzer.standard().model(), s.dev());
        assertThat(score.plainAccuracy()).as("lemma accuracy, diacritics stripped").isGreaterThanOrEqualTo(92.0);
    }
}
