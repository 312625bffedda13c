package naba.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import naba.text.InputException;

/**
 * Reads CoNLL-U files: comment lines {@code # sent_id} and {@code # text}, range lines {@code 1-2<TAB>للحكومة} and
 * word lines (ID, FORM, LEMMA, UPOS, XPOS, FEATS, ...). Empty nodes ({@code 1.1}) are skipped. Stateless.
 */
public final class ConlluReader {
    private ConlluReader() {
    }

    /** Every sentence of {@code file}; throws {@link InputException} for a missing or malformed file. */
    public static List<ConlluSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file; pass an existing CoNLL-U file");
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid UTF-8; pass a UTF-8 CoNLL-U file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    /** Every sentence read from {@code in}; {@code name} is used in error messages. */
    public static List<ConlluSentence> read(BufferedReader in, String name) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        String id = null;
        String text = null;
        List<ConlluToken> tokens = new ArrayList<>();
        List<ConlluWord> pending = null;
        String pendingSurface = null;
        int pendingLeft = 0;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                checkComplete(pendingLeft, name, lineNo);
                if (!tokens.isEmpty() || text != null) {
                    sentences.add(new ConlluSentence(id, text, tokens));
                }
                id = null;
                text = null;
                tokens = new ArrayList<>();
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).trim();
                if (c.startsWith("sent_id")) {
                    id = value(c);
                } else if (c.startsWith("text") && c.substring(4).trim().startsWith("=")) {
                    text = value(c);
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new InputException(name + ":" + lineNo + ": expected 10 tab-separated columns, found "
                        + cols.length + "; fix the CoNLL-U line");
            }
            String idCol = cols[0];
            if (idCol.indexOf('.') >= 0) {
                continue;
            }
            int dash = idCol.indexOf('-');
            if (dash > 0) {
                checkComplete(pendingLeft, name, lineNo);
                int from;
                int to;
                try {
                    from = Integer.parseInt(idCol.substring(0, dash));
                    to = Integer.parseInt(idCol.substring(dash + 1));
                } catch (NumberFormatException e) {
                    throw new InputException(name + ":" + lineNo + ": bad range id '" + idCol + "'");
                }
                if (to < from) {
                    throw new InputException(name + ":" + lineNo + ": bad range id '" + idCol + "'");
                }
                pending = new ArrayList<>();
                pendingSurface = cols[1];
                pendingLeft = to - from + 1;
                continue;
            }
            ConlluWord word = new ConlluWord(cols[1], blank(cols[2]), blank(cols[3]),
                    cols.length > 5 ? blank(cols[5]) : null);
            if (pendingLeft > 0) {
                pending.add(word);
                if (--pendingLeft == 0) {
                    tokens.add(new ConlluToken(pendingSurface, pending));
                }
            } else {
                tokens.add(new ConlluToken(word.form(), List.of(word)));
            }
        }
        checkComplete(pendingLeft, name, lineNo);
        if (!tokens.isEmpty()) {
            sentences.add(new ConlluSentence(id, text, tokens));
        }
        return sentences;
    }

    private static void checkComplete(int pendingLeft, String name, int lineNo) {
        if (pendingLeft > 0) {
            throw new InputException(name + ":" + lineNo + ": multiword range ends before all its " + pendingLeft
                    + " remaining words; fix the range line");
        }
    }

    private static String value(String comment) {
        int eq = comment.indexOf('=');
        return eq < 0 ? "" : comment.substring(eq + 1).strip();
    }

    private static String blank(String s) {
        return s.equals("_") ? null : s;
    }
}
