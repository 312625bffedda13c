package naba.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import naba.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsTextsTest {
    @Test
    void givesContentOrElseTextAndSkipsBlankLinesAndEmptyArticles(@TempDir Path dir) throws IOException {
        Path file = gzip(dir.resolve("news.jsonl.gz"), """
                {"id": "snn-1", "title": "عنوان", "content": "زار الوزير الرياض"}

                {"docno": "a1", "text": "فاز الفريق"}
                {"docno": "a2", "text": ""}
                {"docno": "a3", "content": "قال كيري", "text": "نص آخر"}
                """);
        List<String> texts = new ArrayList<>();

        NewsTexts.forEach(file, "pass --no-news", texts::add);

        assertThat(texts).containsExactly("زار الوزير الرياض", "فاز الفريق", "قال كيري");
    }

    @Test
    void recordsGiveEveryFieldWithTheLineNumber(@TempDir Path dir) throws IOException {
        Path file = gzip(dir.resolve("news.jsonl.gz"), """
                {"id": "snn-1", "content": "زار الوزير الرياض"}

                {"id": "snn-2", "content": ""}
                """);
        List<String> seen = new ArrayList<>();

        NewsTexts.forEachRecord(file, "", (fields, line) -> seen.add(line + " " + fields.get("id")));

        assertThat(seen).containsExactly("1 snn-1", "3 snn-2");
    }

    @Test
    void firstStopsAtTheLimitWithoutReadingFurther(@TempDir Path dir) throws IOException {
        // The line after the second article is not JSON: reading it would fail.
        Path file = gzip(dir.resolve("news.jsonl.gz"), """
                {"content": "زار الوزير الرياض"}
                {"content": ""}
                {"text": "فاز الفريق"}
                ليس سطر JSON
                """);

        assertThat(NewsTexts.first(file, "", 2)).containsExactly("زار الوزير الرياض", "فاز الفريق");
        assertThat(NewsTexts.first(file, "", 0)).isEmpty();
        assertThatThrownBy(() -> NewsTexts.first(file, "", 3)).isInstanceOf(InputException.class)
                .hasMessageContaining("news.jsonl.gz:4");
    }

    @Test
    void aMissingFileIsAnInputErrorWithTheHint(@TempDir Path dir) {
        Path missing = dir.resolve("absent.jsonl.gz");

        assertThatThrownBy(() -> NewsTexts.forEach(missing, "pass --no-news", t -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("absent.jsonl.gz")
                .hasMessageContaining("pass --no-news");
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndAFileNotGzippedAsUnreadable(@TempDir Path dir) throws IOException {
        Path bad = gzip(dir.resolve("bad.jsonl.gz"), "{\"content\": \"خبر\"}\n[\"ليس كائنا\"]\n");
        Path plain = Files.writeString(dir.resolve("plain.jsonl.gz"), "{\"content\": \"خبر\"}\n");

        assertThatThrownBy(() -> NewsTexts.forEach(bad, "", t -> { })).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.jsonl.gz:2");
        assertThatThrownBy(() -> NewsTexts.forEach(plain, "", t -> { })).isInstanceOf(InputException.class)
                .hasMessageContaining("plain.jsonl.gz: cannot read");
    }

    private static Path gzip(Path file, String lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
