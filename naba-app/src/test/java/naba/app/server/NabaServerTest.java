package naba.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import naba.app.json.AnalyzeJson;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.search.Archive;
import naba.text.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on an ephemeral loopback port: contracts, and bad input that leaves server and index healthy. */
class NabaServerTest {
    static final String ARTICLE = "قال وزير الخارجية الروسي سيرغي لافروف يوم الأحد إن بلاده مستعدة للحوار مع "
            + "واشنطن بشأن سوريا. وأضاف لافروف في موسكو: «لا حل عسكريا للأزمة».";

    @TempDir
    static Path dir;
    static Pipeline pipeline;
    static Archive archive;
    static NabaServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() {
        pipeline = NabaPipeline.standard();
        archive = Archive.open(dir.resolve("archive"));
        server = new NabaServer(archive, pipeline, new NabaServer.Options("127.0.0.1", 0, 1 << 20, 4, 2000));
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    static HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void analyzeReturnsExactlyTheAnalyzeJson() throws Exception {
        String text = Files.readString(SharedData.seed());
        HttpResponse<String> response = send("POST", "/api/analyze", "application/json",
                mapper.writeValueAsBytes(java.util.Map.of("id", "seed", "text", text)));
        assertThat(response.statusCode()).isEqualTo(200);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new AnalyzeJson().write(pipeline.annotate(Document.of("seed", text, null)), expected);
        assertThat(response.body()).isEqualTo(expected.toString(StandardCharsets.UTF_8));

        HttpResponse<String> plain = send("POST", "/api/analyze", "text/plain; charset=utf-8",
                ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(plain.body()).get("text").asText()).isEqualTo(ARTICLE);
    }

    @Test
    void storesSearchesAndExploresDocuments() throws Exception {
        String lines = "{\"id\":\"srv-1\",\"title\":\"لافروف يدعو للحوار\",\"text\":\"" + ARTICLE
                + "\",\"date\":\"2015-09-20\",\"source\":\"test\"}\n{\"text\": }\n"
                + "{\"id\":\"srv-2\",\"text\":\"اقتصاد لبنان يتراجع هذا العام.\",\"date\":\"2016-01-02\",\"source\":\"test\"}\n";
        HttpResponse<String> created = send("POST", "/api/documents", "application/x-ndjson",
                lines.getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode ack = mapper.readTree(created.body());
        assertThat(ack.get("indexed").asInt()).isEqualTo(2);
        assertThat(ack.get("skipped").get(0).asText()).startsWith("line 2: malformed JSON");

        HttpResponse<String> doc = get("/api/documents/srv-1");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(doc.body()).get("meta").get("title").asText()).isEqualTo("لافروف يدعو للحوار");

        JsonNode found = mapper.readTree(get("/api/search?q=" + enc("ولافروف") + "&from=2015-01-01&to=2015-12-31").body());
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("srv-1");
        JsonNode mark = hit.get("snippet").get("highlights").get(0);
        assertThat(hit.get("snippet").get("text").asText().substring(mark.get(0).asInt(), mark.get(1).asInt()))
                .isEqualTo("لافروف");
        assertThat(found.get("facets").get("source").get(0).get("value").asText()).isEqualTo("test");
        JsonNode collapsed = mapper.readTree(get("/api/search?collapse=true&q=" + enc("لافروف")
                + "&from=2015-01-01&to=2015-12-31").body());
        assertThat(collapsed.get("total").asInt()).isEqualTo(1);
        assertThat(collapsed.get("hits").get(0).get("dup_group").asText()).isEqualTo("srv-1");
        assertThat(collapsed.get("hits").get(0).get("duplicates").asInt()).isZero();

        JsonNode entities = mapper.readTree(get("/api/entities?prefix=" + enc("لاف")).body()).get("entities");
        assertThat(entities).isNotEmpty();
        String lavrov = entities.get(0).get("id").asText();
        assertThat(lavrov).startsWith("PERS:").contains("لافروف");
        JsonNode report = mapper.readTree(get("/api/entities/" + enc(lavrov)).body());
        assertThat(report.get("documents").get(0).get("id").asText()).isEqualTo("srv-1");
        assertThat(report.get("timeline").get(0).get("month").asText()).isEqualTo("2015-09");
        assertThat(get("/api/entities/" + enc("PERS:لا أحد")).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputGetsClearErrorsAndLeavesServerAndIndexHealthy() throws Exception {
        long before = archive.size();
        assertError(send("POST", "/api/documents", "text/plain", new byte[0]), 400, "empty_body");
        assertError(send("POST", "/api/documents", "text/plain", new byte[] {'a', 0, 1, 2, (byte) 0xff}), 400, "binary_body");
        assertError(send("POST", "/api/analyze", "text/plain", new byte[] {(byte) 0xd8, 'x'}), 400, "invalid_utf8");
        assertError(send("POST", "/api/analyze", "application/json", "{\"text\": \"x\"".getBytes(StandardCharsets.UTF_8)),
                400, "malformed_json");
        assertError(send("POST", "/api/analyze", "application/json",
                ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8)), 400, "malformed_json");
        assertError(send("POST", "/api/documents", "application/json",
                "{\"text\":\"نص\",\"txet\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "unknown_field");
        assertError(send("POST", "/api/analyze", "application/octet-stream", new byte[] {1}), 415, "unsupported_media_type");
        assertError(send("POST", "/api/analyze", null, "نص".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        byte[] huge = new byte[50 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertError(send("POST", "/api/documents", "text/plain", huge), 413, "body_too_large");
        assertError(get("/api/documents/" + enc("لا-يوجد")), 404, "not_found");
        assertError(get("/api/search?limit=abc"), 400, "bad_request");
        assertError(get("/api/search?from=2015-13-01"), 400, "bad_request");
        assertError(get("/api/search?from=2016-01-01&to=2015-01-01"), 400, "bad_request");
        assertError(get("/api/search?collapse=yes"), 400, "bad_request");
        assertError(get("/no/such/page"), 404, "not_found");

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(archive.size()).isEqualTo(before);
        assertThat(send("POST", "/api/analyze", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void overloadGives503WithRetryAfterAndNoOtherErrors() throws Exception {
        Archive other = Archive.open(dir.resolve("overload"));
        NabaServer busy = new NabaServer(other, pipeline, new NabaServer.Options("127.0.0.1", 0, 1 << 20, 1, 0));
        try {
            String url = "http://127.0.0.1:" + busy.start() + "/api/analyze";
            byte[] body = Files.readAllBytes(SharedData.seed());
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            int ok = 0;
            int overloaded = 0;
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                if (response.statusCode() == 503) {
                    overloaded++;
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                    assertThat(response.body()).contains("\"code\":\"overloaded\"");
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                    ok++;
                }
            }
            assertThat(ok).isPositive();
            assertThat(overloaded).isPositive();
        } finally {
            busy.close();
            other.close();
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = mapper.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }
}
