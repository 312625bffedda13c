package naba.app.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import naba.pipeline.NabaPipeline;
import naba.search.Archive;

/**
 * A bounded load test on loopback, not part of the test run: {@code CLIENTS} clients send {@code REQUESTS}
 * {@code POST /api/analyze} with news-sized bodies while one client ingests batches and two search, then it prints
 * p50/p99 latency, throughput and the error count as one JSON line. Run:
 * {@code java -cp <test classpath> naba.app.server.LoadBench [requests] [clients] [articles.jsonl.gz]}.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        List<String> bodies = bodies(args.length > 2 ? Path.of(args[2]) : null);
        Path dir = Files.createTempDirectory("naba-load");
        try (Archive archive = Archive.open(dir)) {
            NabaServer server = new NabaServer(archive, NabaPipeline.standard(), NabaServer.Options.defaults(0));
            String base = "http://127.0.0.1:" + server.start();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            // Warm up the JIT and the models before timing.
            for (int i = 0; i < 20; i++) {
                post(http, base + "/api/analyze", "text/plain", bodies.get(i % bodies.size()));
            }
            long[] latencies = new long[requests];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong ingested = new AtomicLong();
            AtomicLong searches = new AtomicLong();
            AtomicInteger sideErrors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 3);
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        int status = post(http, base + "/api/analyze", "text/plain", bodies.get(i % bodies.size()));
                        latencies[i] = System.nanoTime() - t0;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            pool.execute(() -> { // concurrent ingest: batches of 5 JSON documents
                int batch = 0;
                while (running.get()) {
                    StringBuilder lines = new StringBuilder();
                    for (int k = 0; k < 5; k++) {
                        String text = bodies.get((batch * 5 + k) % bodies.size()).replace("\\", "\\\\").replace("\"", "\\\"")
                                .replace("\n", "\\n").replace("\r", "").replace("\t", " ");
                        lines.append("{\"id\":\"load-").append(batch).append('-').append(k).append("\",\"text\":\"")
                                .append(text).append("\",\"source\":\"load\"}\n");
                    }
                    if (post(http, base + "/api/documents", "application/x-ndjson", lines.toString()) == 201) {
                        ingested.addAndGet(5);
                    } else {
                        sideErrors.incrementAndGet();
                    }
                    batch++;
                }
            });
            for (int s = 0; s < 2; s++) {
                pool.execute(() -> {
                    String[] queries = {"لافروف", "سوريا", "الحكومة", "النفط", "الفلسطينيين"};
                    int q = 0;
                    while (running.get()) {
                        String url = base + "/api/search?q=" + java.net.URLEncoder.encode(queries[q++ % queries.length],
                                StandardCharsets.UTF_8);
                        if (get(http, url) == 200) {
                            searches.incrementAndGet();
                        } else {
                            sideErrors.incrementAndGet();
                        }
                    }
                });
            }
            while (next.get() < requests + clients) {
                Thread.sleep(200);
            }
            long elapsed = System.nanoTime() - started;
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(120, TimeUnit.SECONDS);
            server.close();
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            double seconds = elapsed / 1e9;
            System.out.println(String.format(Locale.ROOT,
                    "{\"requests\":%d,\"clients\":%d,\"errors\":%d,\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,"
                            + "\"analyze_per_s\":%.1f,\"mean_body_chars\":%d,\"ingested_docs\":%d,\"searches\":%d,"
                            + "\"ingest_search_errors\":%d,\"seconds\":%.1f,\"cores\":%d}",
                    requests, clients, errors.get(), sorted[requests / 2] / 1e6, sorted[(int) (requests * 0.99)] / 1e6,
                    sorted[requests - 1] / 1e6, requests / seconds,
                    bodies.stream().mapToInt(String::length).sum() / bodies.size(), ingested.get(), searches.get(),
                    sideErrors.get(), seconds, Runtime.getRuntime().availableProcessors()));
            System.exit(errors.get() == 0 && sideErrors.get() == 0 ? 0 : 1);
        }
    }

    /** News-sized bodies: articles from a JSON Lines corpus when given, else the seed article. */
    private static List<String> bodies(Path corpus) throws Exception {
        List<String> bodies = new ArrayList<>();
        if (corpus != null) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && bodies.size() < 200) {
                    String text = mapper.readTree(line).path("text").asText();
                    if (text.length() >= 1000 && text.length() <= 6000) {
                        bodies.add(text);
                    }
                }
            }
        }
        if (bodies.isEmpty()) {
            bodies.add(Files.readString(SharedData.root().resolve("seed/000_ca0cb7257febc4c2.txt")));
        }
        return bodies;
    }

    private static int post(HttpClient http, String url, String type, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
