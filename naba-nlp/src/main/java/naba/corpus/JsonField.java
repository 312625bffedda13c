package naba.corpus;

/**
 * Reads one top-level string field of a one-line JSON object without a JSON library (naba-nlp has none):
 * {@code {"content": "قال كيري\n..."}} → «قال كيري» and a newline. Enough for the corpora's JSON Lines files.
 */
public final class JsonField {
    private JsonField() {
    }

    /** The unescaped value of {@code "name": "..."} in {@code line}, or null when absent. */
    public static String string(String line, String name) {
        String key = "\"" + name + "\"";
        int k = line.indexOf(key);
        while (k >= 0) {
            int i = k + key.length();
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < line.length() && line.charAt(i) == ':') {
                i++;
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    return unescape(line, i + 1);
                }
                return null;
            }
            k = line.indexOf(key, k + 1);
        }
        return null;
    }

    private static String unescape(String s, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
