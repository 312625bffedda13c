package naba.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A table of Arabic names and their usual Latin spellings, read from a classpath resource of {@code Arabic<TAB>Latin}
 * lines ({@code #} starts a comment): «محمد» → Mohammed, «الدار البيضاء» → Casablanca. Keys are compared under
 * {@link KnownEntities#norm}, so any spelling of the Arabic matches. Immutable.
 */
final class LatinSpellings {
    private final Map<String, String> byName;

    private LatinSpellings(Map<String, String> byName) {
        this.byName = byName;
    }

    /** The Latin spelling of {@code arabic}, or null when the table lacks it. */
    String get(String arabic) {
        return byName.get(KnownEntities.norm(arabic));
    }

    /** Reads a table from the classpath; a missing resource or malformed line is a {@link NerException}. */
    static LatinSpellings resource(String resource) {
        InputStream in = LatinSpellings.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NerException(resource + ": missing from the classpath; rebuild naba-nlp");
        }
        Map<String, String> names = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new NerException(resource + ":" + lineNo + ": expected 'Arabic<TAB>Latin'");
                }
                names.put(KnownEntities.norm(cols[0]), cols[1].strip());
            }
        } catch (IOException e) {
            throw new NerException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
        return new LatinSpellings(Map.copyOf(names));
    }
}
