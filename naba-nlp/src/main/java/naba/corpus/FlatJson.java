package naba.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ObjIntConsumer;
import naba.text.InputException;

/**
 * One line of a JSON Lines corpus read as a flat object, without a JSON library (naba-nlp has none):
 * {@code {"id": "snn-1", "content": "قال كيري"}} gives {@code id → snn-1, content → قال كيري}. Flat objects of
 * strings, numbers, booleans and nulls are all the corpora use; anything else is reported with its line and column.
 */
public final class FlatJson {
    private FlatJson() {
    }

    /**
     * Parses every non-blank line of {@code reader} and passes its fields with its line number (from 1) to
     * {@code record}; errors name {@code file} and the line ({@code corpus.jsonl:12}).
     */
    public static void forEachLine(BufferedReader reader, Object file, ObjIntConsumer<Map<String, String>> record)
            throws IOException {
        forEachLine(reader, file, () -> true, record);
    }

    /** As {@link #forEachLine(BufferedReader, Object, ObjIntConsumer)}, stopping once {@code more} is false. */
    public static void forEachLine(BufferedReader reader, Object file, BooleanSupplier more,
            ObjIntConsumer<Map<String, String>> record) throws IOException {
        String line;
        int lineNo = 0;
        while (more.getAsBoolean() && (line = reader.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                record.accept(parse(line, file + ":" + lineNo), lineNo);
            }
        }
    }

    /**
     * The fields of {@code line}. Strings are unescaped, numbers and booleans keep their text, null is null.
     *
     * @param where the file and line number, for error messages ({@code corpus.jsonl:12})
     * @throws InputException when the line is not one flat JSON object (the message gives the column)
     */
    public static Map<String, String> parse(String line, String where) {
        Map<String, String> out = new HashMap<>();
        int[] pos = {skipSpace(line, 0)};
        expect(line, pos, '{', where);
        pos[0] = skipSpace(line, pos[0]);
        if (pos[0] < line.length() && line.charAt(pos[0]) == '}') {
            return out;
        }
        while (true) {
            pos[0] = skipSpace(line, pos[0]);
            String key = parseString(line, pos, where);
            pos[0] = skipSpace(line, pos[0]);
            expect(line, pos, ':', where);
            pos[0] = skipSpace(line, pos[0]);
            out.put(key, parseValue(line, pos, where));
            pos[0] = skipSpace(line, pos[0]);
            if (pos[0] >= line.length()) {
                throw malformed(where, pos[0], "unterminated object");
            }
            char c = line.charAt(pos[0]++);
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw malformed(where, pos[0] - 1, "expected ',' or '}'");
            }
        }
    }

    private static String parseValue(String line, int[] pos, String where) {
        if (pos[0] >= line.length()) {
            throw malformed(where, pos[0], "missing value");
        }
        char c = line.charAt(pos[0]);
        if (c == '"') {
            return parseString(line, pos, where);
        }
        if (line.startsWith("null", pos[0])) {
            pos[0] += 4;
            return null;
        }
        int start = pos[0];
        while (pos[0] < line.length() && "+-.eE0123456789truefalse".indexOf(line.charAt(pos[0])) >= 0) {
            pos[0]++;
        }
        if (start == pos[0]) {
            throw malformed(where, start, "expected a string, number, boolean or null (nested values are not "
                    + "part of the corpus format)");
        }
        return line.substring(start, pos[0]);
    }

    private static String parseString(String line, int[] pos, String where) {
        expect(line, pos, '"', where);
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i++);
            if (c == '"') {
                pos[0] = i;
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i >= n) {
                break;
            }
            char e = line.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 > n) {
                        throw malformed(where, i, "truncated \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw malformed(where, i, "bad \\u escape");
                    }
                    i += 4;
                }
                default -> sb.append(e); // \" \\ \/
            }
        }
        throw malformed(where, i, "unterminated string");
    }

    private static void expect(String line, int[] pos, char c, String where) {
        if (pos[0] >= line.length() || line.charAt(pos[0]) != c) {
            throw malformed(where, pos[0], "expected '" + c + "'");
        }
        pos[0]++;
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static InputException malformed(String where, int column, String what) {
        return new InputException(where + ":" + (column + 1) + ": " + what + "; each line must be one flat JSON object");
    }
}
