package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import naba.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCorpusTest {
    @Test
    void readsSaudiNewsNetContentAndAntTextAsOneStream(@TempDir Path dir) throws IOException {
        Path saudi = gzip(dir.resolve("saudi.jsonl.gz"), "{\"id\": \"s1\", \"content\": \"زار الوزير الرياض 3 أيام\"}");
        Path ant = gzip(dir.resolve("ant.jsonl.gz"),
                "{\"docno\": \"a1\", \"title\": \"عنوان لا يقرأ\", \"text\": \"فاز الفريق في الرياض\"}\n\n"
                        + "{\"docno\": \"a2\", \"text\": \"\"}");

        NewsCorpus news = NewsCorpus.read(List.of(saudi, ant));

        // Four Arabic words in the first article (the digit is a boundary), four in the second; titles are not read.
        assertThat(news.tokens()).isEqualTo(8);
        NerLexiconBuilder counts = new NerLexiconBuilder();
        news.countInto(counts);
        NerLexicon lexicon = counts.build();
        assertThat(lexicon.count(WordHash.of("الرياض"))).isEqualTo(2);
        assertThat(lexicon.count(WordHash.of("الفريق"))).isEqualTo(1);
        assertThat(lexicon.count(WordHash.of("عنوان"))).isZero();
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt(@TempDir Path dir) throws IOException {
        Path saudi = gzip(dir.resolve("saudi.jsonl.gz"), "{\"content\": \"خبر\"}");
        Path missing = dir.resolve("ant.jsonl.gz");

        assertThatThrownBy(() -> NewsCorpus.read(List.of(saudi, missing))).isInstanceOf(InputException.class)
                .hasMessageContaining("ant.jsonl.gz").hasMessageContaining("--no-news");
    }

    private static Path gzip(Path file, String lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
