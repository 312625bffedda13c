package naba.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import naba.ner.NerCorpus;
import naba.ner.NerEvaluator;
import naba.ner.NerModel;
import naba.ner.NerRecipe;
import naba.ner.NerReport;
import naba.ner.NerSentence;
import naba.text.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba eval ner --gold FILE}: entity-level exact-match precision, recall and F1, micro and per type, printed as
 * one JSON line. {@code --dev} scores the ANERcorp dev split (last 10 % of the CAMeL train file) instead.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score the NER model on gold IOB2 data (TOKEN TAG per line, blank line between sentences).",
            "Prints one JSON line: micro and per-type precision, recall, F1 (exact span and type match)."})
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Gold file: token and IOB2 tag (PERS, LOC, ORG, MISC).")
    Path gold;

    @Option(names = "--dev", description = "Score the ANERcorp dev split from the shared corpora instead of --gold.")
    boolean dev;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: found beside the repo).")
    Path shared;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path model;

    @Option(names = "--errors", paramLabel = "N", description = "Also list the first N errors (default: 0).")
    int errors;

    @Override
    public Integer call() throws IOException {
        if (gold == null && !dev) {
            throw new naba.text.InputException("give --gold FILE or --dev");
        }
        List<NerSentence> sentences = dev
                ? NerRecipe.devSplit(NerCorpus.read(NerRecipe.anercorpTrain(shared == null ? naba.corpus.SharedFolder.require("pass --shared DIR")
                        : shared), NerCorpus.Format.ANERCORP))
                : NerCorpus.read(gold, NerCorpus.Format.ANERCORP);
        NerModel tagger = model == null ? NerModel.standard() : NerModel.load(model);
        NerReport report = NerEvaluator.evaluate(tagger, sentences);
        JsonLine.print("ner", json -> {
            json.writeNumberField("sentences", sentences.size());
            writeCounts(json, "micro", report.micro());
            json.writeObjectFieldStart("types");
            for (EntityType t : EntityType.values()) {
                writeCounts(json, t.name(), report.perType().get(t));
            }
            json.writeEndObject();
            if (errors > 0) {
                json.writeArrayFieldStart("errors");
                for (NerReport.Error e : report.errors().subList(0, Math.min(errors, report.errors().size()))) {
                    json.writeStartObject();
                    json.writeNumberField("sentence", e.sentence());
                    json.writeStringField("kind", e.kind());
                    json.writeStringField("type", e.type().name());
                    json.writeStringField("text", e.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        });
        return CliErrors.OK;
    }

    private static void writeCounts(JsonGenerator json, String name, NerReport.Counts c) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("precision", round(c.precision()));
        json.writeNumberField("recall", round(c.recall()));
        json.writeNumberField("f1", round(c.f1()));
        json.writeNumberField("gold", c.gold());
        json.writeNumberField("tp", c.truePositives());
        json.writeNumberField("fp", c.falsePositives());
        json.writeNumberField("fn", c.falseNegatives());
        json.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

}
