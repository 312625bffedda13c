package naba.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.zip.GZIPInputStream;
import naba.text.InputException;

/**
 * The article texts of a gzipped JSON Lines news file, streamed one at a time so that millions of words are never
 * held as articles: each line's {@code content} (SaudiNewsNet) or else its {@code text} (ANT). A line
 * {@code {"content": "زار الوزير الرياض"}} gives «زار الوزير الرياض»; blank lines and articles without a text are
 * skipped. {@link #forEachRecord} gives whole records to readers that need other fields too.
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
        read(file, hint, () -> true, texts(text));
    }

    /** The first {@code limit} article texts of {@code file}, read no further; errors as {@link #forEach}. */
    public static List<String> first(Path file, String hint, int limit) {
        List<String> texts = new ArrayList<>(Math.min(limit, 1 << 16));
        read(file, hint, () -> texts.size() < limit, texts(texts::add));
        return texts;
    }

    /**
     * Passes every record of {@code file} (each non-blank line's fields, {@link FlatJson}) with its line number to
     * {@code record}, for readers that need more than the text (an article's {@code id}); errors as {@link #forEach}.
     */
    public static void forEachRecord(Path file, String hint, ObjIntConsumer<Map<String, String>> record) {
        read(file, hint, () -> true, record);
    }

    /** The records' article texts ({@code content}, else {@code text}; empty ones skipped) to {@code text}. */
    private static ObjIntConsumer<Map<String, String>> texts(Consumer<String> text) {
        return (fields, line) -> {
            String content = fields.getOrDefault("content", fields.get("text"));
            if (content != null && !content.isEmpty()) {
                text.accept(content);
            }
        };
    }

    private static void read(Path file, String hint, BooleanSupplier more,
            ObjIntConsumer<Map<String, String>> record) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": missing; " + hint);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            FlatJson.forEachLine(reader, file, more, record);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
