package naba.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import naba.text.InputException;

/**
 * The train/dev split of the PADT lemma sentences: a sentence is dev when its official PADT split is {@code dev}
 * (per {@code official_padt_split_by_sent_id.tsv}), so lemma tuning never sees PADT test and the lemma lexicon never
 * sees the PADT dev sentences UPOS is scored on; official {@code test} rows are dropped. Sentence
 * «حسبما ذكر متحدث ...» ({@code xinhua.20030503.0038:p4u1}, official train) goes to train.
 *
 * @param train sentences to learn lemmas from
 * @param dev   sentences to measure lemma accuracy on
 */
public record LemmaSplit(List<ConlluSentence> train, List<ConlluSentence> dev) {
    /** Splits {@code sentences} by the official split column of {@code tsv} (columns: file, sent_id, split). */
    public static LemmaSplit of(List<ConlluSentence> sentences, Path tsv) {
        Set<String> dev = new HashSet<>();
        Set<String> test = new HashSet<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length >= 3) {
                    if (cols[2].equals("dev")) {
                        dev.add(cols[1]);
                    } else if (cols[2].equals("test")) {
                        test.add(cols[1]);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(tsv + ": no such file; pass official_padt_split_by_sent_id.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(tsv + ": cannot read", e);
        }
        List<ConlluSentence> trainPart = new ArrayList<>();
        List<ConlluSentence> devPart = new ArrayList<>();
        for (ConlluSentence s : sentences) {
            if (test.contains(s.id())) {
                continue;
            }
            (dev.contains(s.id()) ? devPart : trainPart).add(s);
        }
        return new LemmaSplit(trainPart, devPart);
    }
}
