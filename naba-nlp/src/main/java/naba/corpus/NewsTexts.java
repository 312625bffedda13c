package naba.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import naba.text.InputException;

/**
 * The article texts of a gzipped JSON Lines news file, streamed one at a time so that millions of words are never
 * held as articles: each line's {@code content} (SaudiNewsNet) or else its {@code text} (ANT). A line
 * {@code {"content": "زار الوزير الرياض"}} gives «زار الوزير الرياض»; blank lines and articles without a text are
 * skipped.
 */
public final class NewsTexts {
    private NewsTexts() {
    }

    /**
     * Passes each article text of {@code file} to {@code text}, in file order.
     *
     * @param hint what to do when the file is missing, for the error message ({@code "pass --no-news"})
     * @throws InputException when the file is missing or unreadable, or a line is not a flat JSON object
     */
    public static void forEach(Path file, String hint, Consumer<String> text) {
        read(file, hint, () -> true, text);
    }

    /** The first {@code limit} article texts of {@code file}, read no further; errors as {@link #forEach}. */
    public static List<String> first(Path file, String hint, int limit) {
        List<String> texts = new ArrayList<>(Math.min(limit, 1 << 16));
        read(file, hint, () -> texts.size() < limit, texts::add);
        return texts;
    }

    private static void read(Path file, String hint, BooleanSupplier more, Consumer<String> text) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": missing; " + hint);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            FlatJson.forEachLine(reader, file, more, (fields, line) -> {
                String content = fields.getOrDefault("content", fields.get("text"));
                if (content != null && !content.isEmpty()) {
                    text.accept(content);
                }
            });
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
