package naba.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import naba.search.Archive;
import naba.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes killed with SIGKILL mid-ingest: every acknowledged document is still there and the archive opens.
 */
class CrashDurabilityTest {
    private static final String[] SENTENCES = {
        "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع واشنطن.",
        "وأعلنت الحكومة اللبنانية خطة جديدة لدعم الاقتصاد في بيروت.",
        "التقى جون كيري نظيره الروسي في جنيف لبحث الأزمة السورية.",
        "وارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة في المئة.",
        "وقالت الأمم المتحدة إن آلاف اللاجئين الفلسطينيين بحاجة إلى مساعدات.",
    };

    @TempDir
    Path dir;

    private static Process naba(Path logFile, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "naba.app.NabaCommand"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    }

    private static String article(int i) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            text.append(SENTENCES[(i + k) % SENTENCES.length]).append(' ');
        }
        return text.append("رقم التقرير ").append(i).append('.').toString();
    }

    private static String jsonLine(String id, int i) {
        return "{\"id\":\"" + id + "\",\"title\":\"تقرير " + i + "\",\"text\":\"" + article(i) + "\",\"date\":\"2015-0"
                + (1 + i % 9) + "-1" + (i % 9) + "\",\"source\":\"crash\"}";
    }

    @Test
    void acknowledgedHttpDocumentsSurviveKillDashNine() throws Exception {
        Path data = dir.resolve("archive");
        Path log = dir.resolve("serve.log");
        Process serve = naba(log, "serve", "--data", data.toString(), "--port", "0");
        try {
            int port = waitForPort(log, serve);
            HttpClient http = HttpClient.newHttpClient();
            URI documents = URI.create("http://127.0.0.1:" + port + "/api/documents");
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> ack = http.send(HttpRequest.newBuilder(documents)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(jsonLine("ack-" + i, i))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);
            }
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                batch.append(jsonLine("pending-" + i, i)).append('\n');
            }
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(documents)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300); // the batch is being analyzed
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(inFlight.handle((r, e) -> r == null || r.statusCode() != 201).get(30, TimeUnit.SECONDS))
                    .as("the batch was cut off before its acknowledgement").isTrue();
        } finally {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (Archive archive = Archive.open(data)) {
            for (int i = 0; i < 5; i++) {
                assertThat(archive.get("ack-" + i)).as("acknowledged ack-" + i).isPresent();
            }
            assertThat(archive.search(SearchRequest.of("لافروف")).total()).isPositive();
        }
    }

    @Test
    void indexKilledMidIngestLeavesAnArchiveThatOpensAndReindexingCompletesIt() throws Exception {
        int count = 120;
        Path input = dir.resolve("articles.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(jsonLine("doc-" + i, i)).append('\n');
        }
        lines.append("{\"id\": \"broken\", \"text\": \n");
        Files.writeString(input, lines.toString());
        Path data = dir.resolve("archive");
        Path log = dir.resolve("index.log");
        Process index = naba(log, "index", "--data", data.toString(), input.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (index.isAlive() && !Files.readString(log).contains("documents,") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            index.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } finally {
            index.destroyForcibly();
        }
        try (Archive archive = Archive.open(data)) {
            assertThat(archive.size()).isBetween(0L, (long) count);
        }
        Process again = naba(log, "index", "--data", data.toString(), input.toString());
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("articles.jsonl:" + (count + 1)).contains("1 record(s) skipped");
        try (Archive archive = Archive.open(data)) {
            assertThat(archive.size()).isEqualTo(count);
            assertThat(archive.get("doc-7")).isPresent();
        }
    }

    private static int waitForPort(Path log, Process process) throws Exception {
        Pattern serving = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = serving.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("naba serve exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("naba serve did not start: " + Files.readString(log));
    }
}
