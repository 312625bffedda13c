package naba.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import naba.text.InputException;

/**
 * Reads NER corpora in their column formats and maps their tags to naba's four types, IOB2:
 * {@link Format#ANERCORP} ({@code فرانكفورت B-LOC}), {@link Format#AQMAR} ({@code PER}→PERS, {@code MIS0..3}→MISC,
 * its tag typos repaired) and {@link Format#WOJOOD} (nested; the outermost of PERS, GPE/LOC/FAC→LOC, ORG,
 * NORP/EVENT/PRODUCT/LANGUAGE/WEBSITE/LAW→MISC; dates, numbers and occupations are dropped).
 */
public final class NerCorpus {
    /** The column formats this reader knows. */
    public enum Format {
        ANERCORP, AQMAR, WOJOOD
    }

    private NerCorpus() {
    }

    /** The sentences of {@code file}, tags mapped to IOB2 over PERS, LOC, ORG, MISC. */
    public static List<NerSentence> read(Path file, Format format) {
        List<String> lines = readLines(file);
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String previousTag = "O";
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!tokens.isEmpty()) {
                    out.add(new NerSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                previousTag = "O";
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols.length < 2) {
                throw new InputException(file + ":" + lineNo + ": expected 'TOKEN TAG', got '" + trimmed
                        + "'; fix the line");
            }
            String tag = switch (format) {
                case ANERCORP -> checked(cols[1], file, lineNo);
                case AQMAR -> aqmar(cols[1]);
                case WOJOOD -> wojood(cols);
            };
            // An I- that does not continue the previous entity (corpus noise) starts one, as conlleval reads it.
            if (tag.startsWith("I-") && !(previousTag.length() > 2 && previousTag.substring(2).equals(tag.substring(2)))) {
                tag = "B-" + tag.substring(2);
            }
            tokens.add(cols[0]);
            tags.add(tag);
            previousTag = tag;
        }
        if (!tokens.isEmpty()) {
            out.add(new NerSentence(tokens, tags));
        }
        return out;
    }

    /**
     * The lines of a UTF-8 resource shipped with naba-nlp («naba/ner/known-entities.tsv»); a missing or unreadable
     * resource is a {@link NerException} (the build is broken, not the user's input).
     */
    static List<String> resourceLines(String resource) {
        InputStream in = NerCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NerException(resource + ": missing from the classpath; rebuild naba-nlp");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new NerException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The lines of a UTF-8 file; unreadable, binary or non-UTF-8 files are an {@link InputException}. */
    public static List<String> readLines(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory; give the path of a token-per-line file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file; give the path of a token-per-line file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InputException(file + ": binary file (contains NUL bytes); give a UTF-8 text file");
            }
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": invalid UTF-8; convert the file to UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String checked(String tag, Path file, int lineNo) {
        if (tag.equals("O")) {
            return tag;
        }
        if ((tag.startsWith("B-") || tag.startsWith("I-")) && isType(tag.substring(2))) {
            return tag;
        }
        throw new InputException(file + ":" + lineNo + ": unknown tag '" + tag
                + "'; expected O or B-/I- with PERS, LOC, ORG, MISC");
    }

    private static boolean isType(String t) {
        return t.equals("PERS") || t.equals("LOC") || t.equals("ORG") || t.equals("MISC");
    }

    private static String aqmar(String raw) {
        String tag = raw.replace("`", "").replace("--", "-").toUpperCase(Locale.ROOT);
        if (tag.length() < 3 || !(tag.startsWith("B-") || tag.startsWith("I-"))) {
            return "O";
        }
        String type = tag.substring(2);
        String mapped = type.equals("PER") ? "PERS"
                : type.equals("LOC") ? "LOC"
                : type.equals("ORG") ? "ORG"
                : type.startsWith("MIS") ? "MISC" : null;
        return mapped == null ? "O" : tag.substring(0, 2) + mapped;
    }

    private static String wojood(String[] cols) {
        // Columns after the token are nested tags, outermost first; keep the first that maps to our types.
        for (int c = 1; c < cols.length; c++) {
            String tag = cols[c];
            if (tag.length() < 3) {
                continue;
            }
            String mapped = switch (tag.substring(2)) {
                case "PERS" -> "PERS";
                case "GPE", "LOC", "FAC" -> "LOC";
                case "ORG" -> "ORG";
                case "NORP", "EVENT", "PRODUCT", "LANGUAGE", "WEBSITE", "LAW" -> "MISC";
                default -> null;
            };
            if (mapped != null) {
                return tag.substring(0, 2) + mapped;
            }
        }
        return "O";
    }
}
