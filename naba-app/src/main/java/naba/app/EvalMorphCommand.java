package naba.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import naba.morph.ConlluReader;
import naba.morph.ConlluSentence;
import naba.morph.MorphEvaluator;
import naba.morph.MorphModel;
import naba.morph.MorphReport;
import naba.morph.MorphScore;
import naba.morph.MorphologicalAnalyzer;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.InputException;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba eval morph --gold FILE.conllu [--pred FILE.conllu]}: analyzes the gold file's {@code # text} lines from
 * raw text (or reads a prediction), aligns tokens and words as the CoNLL 2018 UD script does, and prints one JSON
 * line with precision, recall and F1 of Tokens, Words, UPOS, Lemma and Lemma without diacritics.
 */
@Command(name = "morph", mixinStandardHelpOptions = true,
        description = {"Score tokenization, clitic segmentation, UPOS and lemmas against gold CoNLL-U.",
            "Analyzes the gold '# text' lines unless --pred gives a CoNLL-U prediction. Prints one JSON line."})
public final class EvalMorphCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold CoNLL-U file.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predicted CoNLL-U (default: analyze the gold text).")
    Path pred;

    @Option(names = "--model", paramLabel = "FILE", description = "Morphology model (default: the committed one).")
    Path model;

    @Override
    public Integer call() throws IOException {
        List<ConlluSentence> goldSentences = ConlluReader.read(gold);
        List<ConlluSentence> system;
        if (pred != null) {
            system = ConlluReader.read(pred);
        } else {
            MorphologicalAnalyzer analyzer;
            if (model == null) {
                analyzer = MorphologicalAnalyzer.standard();
            } else {
                if (!Files.isRegularFile(model)) {
                    throw new InputException(model + ": no such file; pass an existing model file");
                }
                try (InputStream in = Files.newInputStream(model)) {
                    analyzer = new MorphologicalAnalyzer(MorphModel.load(in, model.toString()));
                }
            }
            Pipeline pipeline = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE)
                    .add(analyzer).build();
            Document analyzed = pipeline.annotate(MorphEvaluator.rawText(goldSentences));
            system = MorphEvaluator.toConllu(analyzed);
        }
        MorphReport report = MorphEvaluator.evaluate(goldSentences, system);
        JsonLine.print("morph", json -> {
            json.writeStringField("gold", gold.toString());
            json.writeNumberField("sentences", goldSentences.size());
            write(json, "Tokens", report.tokens());
            write(json, "Words", report.words());
            write(json, "UPOS", report.upos());
            write(json, "Lemma", report.lemma());
            write(json, "LemmaPlain", report.lemmaPlain());
        });
        return CliErrors.OK;
    }

    private static void write(JsonGenerator json, String name, MorphScore score) throws IOException {
        if (score == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeNumberField("precision", round(score.precision()));
        json.writeNumberField("recall", round(score.recall()));
        json.writeNumberField("f1", round(score.f1()));
        json.writeNumberField("gold", score.gold());
        json.writeNumberField("system", score.system());
        json.writeNumberField("correct", score.correct());
        json.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
