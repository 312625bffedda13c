package naba.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import naba.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCorpusTest {
    private static final String LINES = String.join("\n",
            "{\"docno\": \"A-1\", \"src\": \"BBC\", \"cat\": \"middleEast\", \"title\": \"عنوان\", "
                    + "\"abstract\": \"ملخص \\\"مقتبس\\\"\", \"text\": \"نص الخبر الأول.\\nسطر ثان.\", \"time\": null}",
            "{\"docno\": \"A-2\", \"src\": \"BBC\", \"cat\": \"internationalNews\", \"title\": \"\", "
                    + "\"abstract\": \"\", \"text\": \"نص الخبر الأول.\\nسطر ثان.\"}",
            "",
            "{\"docno\": \"A-3\", \"src\": \"CNN\", \"cat\": \"sport\", \"text\": \"\\u0641\\u0627\\u0632 الفريق.\"}");

    @Test
    void readsGzipJsonLinesAndDeduplicatesByText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }
        NewsCorpus corpus = NewsCorpus.read(file);
        assertThat(corpus.articles()).extracting(NewsArticle::id).containsExactly("A-1", "A-2", "A-3");
        assertThat(corpus.articles().get(0).summary()).isEqualTo("ملخص \"مقتبس\"");
        assertThat(corpus.articles().get(0).text()).isEqualTo("نص الخبر الأول.\nسطر ثان.");
        assertThat(corpus.articles().get(2).text()).isEqualTo("فاز الفريق.");
        assertThat(corpus.sha256()).hasSize(64);
        // The same story under two labels: the first copy wins, so it cannot be in both splits.
        assertThat(corpus.distinctTexts()).extracting(NewsArticle::id, NewsArticle::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", "middleEast"),
                        org.assertj.core.groups.Tuple.tuple("A-3", "sport"));
        int train = corpus.topicExamples(false, 50).size();
        int dev = corpus.topicExamples(true, 50).size();
        assertThat(train + dev).isEqualTo(2);
    }

    @Test
    void devSplitDependsOnTextOnly() {
        NewsArticle a = new NewsArticle("1", "BBC", "sport", "", "", "نص واحد");
        NewsArticle b = new NewsArticle("2", "CNN", "culture", "t", "s", "  نص واحد\n");
        for (int percent : new int[] {0, 10, 50, 100}) {
            assertThat(NewsCorpus.isDev(a, percent)).isEqualTo(NewsCorpus.isDev(b, percent));
        }
        assertThat(NewsCorpus.isDev(a, 0)).isFalse();
        assertThat(NewsCorpus.isDev(a, 100)).isTrue();
    }

    @Test
    void reportsMalformedLinesWithTheirPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"docno\": \"1\", \"text\": \"x\"}\n{\"docno\": [1]}\n");
        assertThatThrownBy(() -> NewsCorpus.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.jsonl:2:");
        assertThatThrownBy(() -> NewsCorpus.read(dir.resolve("missing.jsonl.gz"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such corpus file");
        Path notGzip = dir.resolve("plain.jsonl.gz");
        Files.writeString(notGzip, "{}");
        assertThatThrownBy(() -> NewsCorpus.read(notGzip)).isInstanceOf(InputException.class)
                .hasMessageContaining("gzip");
    }
}
