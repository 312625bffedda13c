package naba.app.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import naba.text.Document;
import naba.text.InputException;

/**
 * Reads articles one at a time, so a 200 MB JSON Lines file never sits in memory whole. In {@link Format#TEXT}
 * every file is one document (its id is the file name); in {@link Format#JSONL} every line is a JSON object with the
 * corpus field names (see {@link ArticleFields}), plain or gzip-compressed. A bad JSON line is reported to the skip
 * listener with its line number and skipped; unreadable files throw {@link InputException}.
 */
public final class ArticleReader {
    /** How input files are laid out. */
    public enum Format { TEXT, JSONL }

    /** Receives documents as they are read. */
    @FunctionalInterface
    public interface Sink {
        void accept(Document document) throws IOException;
    }

    /** A record that was skipped, and why: {@code articles.jsonl:17: no "text" or "content" field}. */
    public record Skipped(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    private static final String STDIN = "-";

    private final Format format;
    private final boolean lenient;
    private final Consumer<Skipped> onSkip;
    private final ObjectMapper mapper = new ObjectMapper();

    public ArticleReader(Format format, boolean lenient, Consumer<Skipped> onSkip) {
        this.format = format;
        this.lenient = lenient;
        this.onSkip = onSkip;
    }

    /** Reads one input; {@code "-"} is standard input. */
    public void read(String input, InputStream stdin, Sink sink) throws IOException {
        if (STDIN.equals(input)) {
            read(stdin, "<stdin>", "stdin", sink);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            throw new InputException(input + ": is a directory; pass the files in it");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(input + ": no such file");
        }
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            read(in, input, baseName(name), sink);
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        }
    }

    private void read(InputStream raw, String where, String id, Sink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        InputStream source = isGzip(in) ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
        if (format == Format.TEXT) {
            byte[] bytes = source.readAllBytes();
            if (Utf8Text.looksBinary(bytes, bytes.length)) {
                throw new InputException(where + ": looks like a binary file (NUL bytes); give UTF-8 text");
            }
            sink.accept(Document.of(id, Utf8Text.decode(bytes, 0, bytes.length, lenient, where, 0), null));
        } else {
            readLines(source, where, id, sink);
        }
    }

    private void readLines(InputStream in, String where, String id, Sink sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        long lineNumber = 0;
        long lineStart = 0;
        long position = 0;
        byte[] buffer = new byte[1 << 16];
        int read;
        boolean pending = false;
        while ((read = in.read(buffer)) > 0) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, from, i - from);
                    lineNumber++;
                    handleLine(line, where, id, lineNumber, lineStart, sink);
                    line.reset();
                    from = i + 1;
                    lineStart = position + i + 1;
                    pending = false;
                }
            }
            if (from < read) {
                line.write(buffer, from, read - from);
                pending = true;
            }
            position += read;
        }
        if (pending && line.size() > 0) {
            handleLine(line, where, id, lineNumber + 1, lineStart, sink);
        }
    }

    private void handleLine(ByteArrayOutputStream lineBytes, String where, String id, long lineNumber,
                            long byteOffset, Sink sink) throws IOException {
        byte[] bytes = lineBytes.toByteArray();
        String at = where + ":" + lineNumber;
        String line;
        try {
            line = Utf8Text.decode(bytes, 0, bytes.length, lenient, where, byteOffset);
        } catch (InputException e) {
            onSkip.accept(new Skipped(at, e.getMessage().substring(where.length() + 2)));
            return;
        }
        if (line.isBlank()) {
            return;
        }
        Document document;
        try {
            JsonNode json = mapper.readTree(line);
            document = ArticleFields.toDocument(json, id + "-" + lineNumber);
        } catch (JsonProcessingException e) {
            onSkip.accept(new Skipped(at, "invalid JSON: " + e.getOriginalMessage()));
            return;
        } catch (InputException e) {
            onSkip.accept(new Skipped(at, e.getMessage()));
            return;
        }
        sink.accept(document);
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private static String baseName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
