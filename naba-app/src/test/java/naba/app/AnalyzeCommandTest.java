package naba.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertSpansMatchText(JsonNode doc) {
        String text = doc.get("text").asText();
        for (String layer : new String[] {"paragraphs", "sentences", "tokens"}) {
            for (JsonNode span : doc.get(layer)) {
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .as("%s span %s", layer, span).isEqualTo(span.get("text").asText());
            }
        }
    }

    @Test
    void analyzesATextFileIntoVersionedJson() throws IOException {
        Path file = write("kerry.txt", "قال كيري إنّ روسيا أرسلت 240 الف جندي.\nوأضاف لافروف: «لا تعليق».");
        CliRun run = CliRun.run("analyze", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("schema").asText()).isEqualTo("naba.analyze/1");
        assertThat(doc.get("id").asText()).isEqualTo("kerry");
        assertThat(doc.get("paragraphs")).hasSize(2);
        assertThat(doc.get("sentences")).hasSize(2);
        JsonNode inna = doc.get("tokens").get(2);
        assertThat(inna.get("text").asText()).isEqualTo("إنّ");
        assertThat(inna.get("norm").asText()).isEqualTo("ان");
        assertThat(inna.get("start").asInt()).isEqualTo(9);
        assertSpansMatchText(doc);
    }

    @Test
    void severalFilesGiveJsonLinesOneDocumentEach() throws IOException {
        Path a = write("a.txt", "سوريا");
        Path b = write("b.txt", "روسيا");
        CliRun run = CliRun.run("analyze", a.toString(), b.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(JSON.readTree(run.out().lines().toList().get(1)).get("text").asText()).isEqualTo("روسيا");
    }

    @Test
    void readsStandardInputWhenNoFileIsGiven() throws IOException {
        CliRun run = CliRun.runWithInput("وصل الوفد".getBytes(StandardCharsets.UTF_8), "analyze");
        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("tokens")).hasSize(2);
    }

    @Test
    void emptyDocumentGivesAnEmptyValidResult() throws IOException {
        CliRun run = CliRun.run("analyze", write("empty.txt", "").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("text").asText()).isEmpty();
        assertThat(doc.get("tokens")).isEmpty();
        assertThat(doc.get("sentences")).isEmpty();
    }

    @Test
    void invalidUtf8NamesTheFileAndByteOffset() throws IOException {
        byte[] arabic = "قال كيري".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[arabic.length + 2];
        System.arraycopy(arabic, 0, bytes, 0, arabic.length);
        bytes[arabic.length] = (byte) 0xD8; // a lead byte with no continuation
        bytes[arabic.length + 1] = ' ';
        Path file = Files.write(dir.resolve("bad.txt"), bytes);
        CliRun run = CliRun.run("analyze", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.txt").contains("invalid UTF-8 at byte " + arabic.length)
                .contains("--lenient").doesNotContain("Exception").hasLineCount(1);

        CliRun lenient = CliRun.run("analyze", "--lenient", file.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(JSON.readTree(lenient.out()).get("text").asText()).isEqualTo("قال كيري\uFFFD ");
    }

    @Test
    void missingFileDirectoryAndBinaryFileAreOneLineErrorsWithExitCode2() throws IOException {
        CliRun missing = CliRun.run("analyze", dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt: no such file").hasLineCount(1);

        CliRun directory = CliRun.run("analyze", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory").hasLineCount(1);

        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRun bin = CliRun.run("analyze", binary.toString());
        assertThat(bin.exitCode()).isEqualTo(2);
        assertThat(bin.err()).contains("image.png").contains("binary").hasLineCount(1);
    }

    @Test
    void everyCommandAcceptsVerbose() {
        for (String[] args : new String[][] {{"analyze", "--verbose", dir.resolve("nope.txt").toString()},
            {"eval", "ner", "--verbose", "--gold", dir.resolve("nope.conll").toString()}}) {
            CliRun run = CliRun.run(args);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Unknown option").contains("nope.");
        }
    }

    @Test
    void badUsageExitsWith2() {
        CliRun run = CliRun.run("analyze", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
        assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void jsonLinesReportAndSkipABadLineAndProcessTheRest() throws IOException {
        Path file = write("news.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"title\":\"عنوان\",\"content\":\"وصل كيري إلى جنيف.\",\"date\":\"2015-09-06\",\"source\":\"aawsat\",\"url\":\"http://x\"}",
                "{\"id\":\"a2\",\"content\": \"مكسور",
                "",
                "{\"id\":\"a3\",\"title\":\"بلا نص\"}",
                "{\"docno\":\"a4\",\"text\":\"غادر لافروف.\",\"time\":\"Sun, 18 Feb 2018 21:35:43 +0400\",\"src\":\"bbc\"}") + "\n");
        CliRun run = CliRun.run("analyze", "--input", "jsonl", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        JsonNode first = JSON.readTree(run.out().lines().toList().get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("meta").get("title").asText()).isEqualTo("عنوان");
        assertThat(first.get("meta").get("date").asText()).isEqualTo("2015-09-06");
        assertThat(first.get("meta").get("source").asText()).isEqualTo("aawsat");
        JsonNode second = JSON.readTree(run.out().lines().toList().get(1));
        assertThat(second.get("id").asText()).isEqualTo("a4");
        assertThat(second.get("meta").get("date").asText()).isEqualTo("2018-02-18");
        assertThat(second.get("meta").get("source").asText()).isEqualTo("bbc");
        assertThat(run.err()).contains("news.jsonl:2: invalid JSON")
                .contains("news.jsonl:4: no \"text\" or \"content\" field")
                .contains("2 record(s) skipped");
    }

    @Test
    void jsonLinesMayBeGzipped() throws IOException {
        Path file = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":\"g1\",\"text\":\"سوريا\"}\n{\"id\":\"g2\",\"text\":\"روسيا\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.run("analyze", "--input", "jsonl", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void invalidUtf8InsideAJsonLineIsSkippedWithItsLine() throws IOException {
        byte[] good = "{\"id\":\"a\",\"text\":\"نعم\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        byte[] bytes = new byte[good.length + bad.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Path file = Files.write(dir.resolve("mixed.jsonl"), bytes);
        CliRun run = CliRun.run("analyze", "--input", "jsonl", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains("mixed.jsonl:2: invalid UTF-8 at byte " + (good.length + 9));
    }

    @Test
    void textFormatShowsSentencesAndTokens() throws IOException {
        CliRun run = CliRun.run("analyze", "--format", "text", write("t.txt", "وصل الوفد. ثم غادر.").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[1.1] وصل الوفد.").contains("[1.2] ثم غادر.").contains("وصل | الوفد | .");
    }

    @Test
    void conlluFormatHasTextCommentsAndOneLinePerToken() throws IOException {
        CliRun run = CliRun.run("analyze", "--format", "conllu", write("c.txt", "وصل الوفد.").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# sent_id = c-1\n# text = وصل الوفد.\n");
        assertThat(run.out().lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze");
        assertThat(CliRun.run("analyze", "--help").out()).contains("--format").contains("--input");
    }
}
