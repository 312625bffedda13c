package naba.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import naba.ner.LabelCodec;
import naba.ner.NerCorpus;
import naba.ner.NerModel;
import naba.ner.TokenSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba ner --conll FILE}: tags a token-per-line file (first column; blank lines between sentences) and prints
 * {@code token<TAB>TAG} (IOB2 over PERS, LOC, ORG, MISC) with the same lines and blanks. The file is one text: names
 * tagged in earlier sentences are recalled in later ones, as {@code naba eval ner} scores.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag named entities in a token-per-line file (CoNLL style) with the committed model.",
            "Prints token<TAB>IOB2-tag per line, keeping blank lines between sentences."})
public final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", required = true,
            description = "Tokens, one per line (first whitespace-separated column), blank line between sentences.")
    Path conll;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file written by naba train ner "
            + "(default: the committed model).")
    Path model;

    @Override
    public Integer call() throws IOException {
        NerModel tagger = model == null ? NerModel.standard() : NerModel.load(model);
        List<String> lines = NerCorpus.readLines(conll);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        // The whole file is one text: the model's document pass recalls names tagged in earlier sentences.
        List<List<String>> sentences = new ArrayList<>();
        List<Integer> blanks = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                blanks.add(sentences.size());
                continue;
            }
            sentence.add(stripped.split("\\s+", 2)[0]);
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        List<List<TokenSpan>> spans = tagger.tagAll(sentences);
        int blank = 0;
        for (int s = 0; s <= sentences.size(); s++) {
            while (blank < blanks.size() && blanks.get(blank) == s) {
                out.write('\n');
                blank++;
            }
            if (s < sentences.size()) {
                write(sentences.get(s), spans.get(s), out);
            }
        }
        out.flush();
        return CliErrors.OK;
    }

    private static void write(List<String> sentence, List<TokenSpan> spans, Writer out) throws IOException {
        String[] tags = LabelCodec.BIO.encodeLabels(sentence.size(), spans);
        for (int i = 0; i < sentence.size(); i++) {
            out.write(sentence.get(i));
            out.write('\t');
            out.write(tags[i]);
            out.write('\n');
        }
    }
}
