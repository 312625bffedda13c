package naba.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import naba.app.json.AnalyzeJson;
import naba.pipeline.Pipeline;
import naba.search.Archive;
import naba.search.ArchiveException;
import naba.search.ArchiveRecord;
import naba.search.SearchRequest;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.NabaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service of {@code naba serve}: analysis, the archive's documents, search and entities, the web page,
 * and {@code /openapi.yaml}. Errors are {@code {"error":{"code","message"}}} with 400, 404, 413, 415 or 503 and never
 * carry a stack trace. Analysis and ingest run at most {@code maxConcurrent} at a time; a request that cannot start
 * within {@code queueWait} gets 503 with {@code Retry-After}, so the server degrades instead of piling up work.
 */
public final class NabaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NabaServer.class);
    private static final String JSON = "application/json; charset=utf-8";

    /** Limits and address. */
    public record Options(String host, int port, long maxBodyBytes, int maxConcurrent, long queueWaitMillis) {
        public static Options defaults(int port) {
            return new Options("127.0.0.1", port, 10L << 20, Math.max(2, Runtime.getRuntime().availableProcessors() * 2),
                    10_000);
        }
    }

    private final Archive archive;
    private final Pipeline pipeline;
    private final Options options;
    private final Semaphore workers;
    private final ApiJson json = new ApiJson();
    private final DocumentBody bodies = new DocumentBody();
    private final AnalyzeJson analyzeJson = new AnalyzeJson();
    private Javalin app;

    public NabaServer(Archive archive, Pipeline pipeline, Options options) {
        this.archive = archive;
        this.pipeline = pipeline;
        this.options = options;
        this.workers = new Semaphore(options.maxConcurrent(), true);
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.defaultContentType = JSON;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5000);
                // Errors Jetty answers itself (a malformed request line, headers too large) show no stack either.
                org.eclipse.jetty.server.handler.ErrorHandler errors = new org.eclipse.jetty.server.handler.ErrorHandler();
                errors.setShowStacks(false);
                errors.setShowServlet(false);
                errors.setShowMessageInTitle(false);
                server.setErrorHandler(errors);
            });
        });
        app.before("/api/*", this::checkLength);
        app.get("/health", ctx -> ctx.result(json.bytes(json.object().put("status", "ok")
                .put("documents", archive.size()))));
        app.post("/api/analyze", this::analyze);
        app.post("/api/documents", this::addDocuments);
        app.get("/api/documents/{id}", this::getDocument);
        app.get("/api/search", this::search);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{id}", this::entity);
        app.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(ArchiveException.class, (e, ctx) -> fail(ctx, 400, "bad_request", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), codeOf(e.getStatus()),
                e.getStatus() == 413 ? "the body is larger than " + options.maxBodyBytes() + " bytes" : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
            fail(ctx, 500, "internal_error", "the server failed on this request; see its log");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().startsWith("application/json")) {
                fail(ctx, 404, "not_found", "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
        app.start(options.host(), options.port());
        int port = app.port();
        LOG.info("naba serve: http://{}:{}/ (archive {}, {} documents)", options.host(), port, archive.path(),
                archive.size());
        return port;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    private void checkLength(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBodyBytes()) {
            throw new ApiError(413, "body_too_large", "the body has " + length + " bytes; the limit is "
                    + options.maxBodyBytes() + " (serve --max-body)");
        }
    }

    private void analyze(Context ctx) {
        String kind = DocumentBody.kindOf(ctx.contentType());
        Document document = bodies.parse(body(ctx), kind, false).documents().get(0);
        byte[] out = withWorker(() -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(document.text().length() * 8);
            analyzeJson.write(pipeline.annotate(document), buffer);
            return buffer.toByteArray();
        });
        ctx.contentType(JSON).result(out);
    }

    private void addDocuments(Context ctx) {
        String kind = DocumentBody.kindOf(ctx.contentType());
        DocumentBody.Parsed parsed = bodies.parse(body(ctx), kind, true);
        List<String> ids = withWorker(() -> {
            List<ArchiveRecord> records = new ArrayList<>();
            for (Document document : parsed.documents()) {
                Document analyzed = pipeline.annotate(document);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(document.text().length() * 8);
                analyzeJson.write(analyzed, buffer);
                records.add(ArchiveRecord.of(analyzed, buffer.toByteArray()));
            }
            archive.put(records); // commits: the 201 below means durable
            List<String> done = new ArrayList<>();
            records.forEach(r -> done.add(r.id()));
            return done;
        });
        ObjectNode root = json.object();
        root.put("indexed", ids.size());
        ArrayNode idList = root.putArray("ids");
        ids.forEach(idList::add);
        ArrayNode skipped = root.putArray("skipped");
        parsed.skipped().forEach(skipped::add);
        ctx.status(201).contentType(JSON).result(json.bytes(root));
    }

    private void getDocument(Context ctx) {
        String id = ctx.pathParam("id");
        ArchiveRecord record = archive.get(id).orElseThrow(() ->
                new ApiError(404, "not_found", "no document with id \"" + id + "\" in the archive"));
        ctx.contentType(JSON).result(record.analysis());
    }

    private void search(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", 10);
        SearchRequest request;
        try {
            request = new SearchRequest(ctx.queryParam("q"), ctx.queryParam("entity"), type(ctx.queryParam("type")),
                    date(ctx, "from"), date(ctx, "to"), ctx.queryParam("source"), ctx.queryParam("topic"), offset, limit,
                    collapse(ctx.queryParam("collapse")));
        } catch (ArchiveException e) {
            throw new ApiError(400, "bad_request", e.getMessage());
        }
        ctx.contentType(JSON).result(json.bytes(json.search(archive.search(request), offset, limit)));
    }

    private void entities(Context ctx) {
        int limit = Math.min(100, Math.max(1, intParam(ctx, "limit", 20)));
        ctx.contentType(JSON).result(json.bytes(json.entities(
                archive.entities(ctx.queryParam("prefix"), type(ctx.queryParam("type")), limit))));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Math.min(100, Math.max(1, intParam(ctx, "limit", 20)));
        var report = archive.entity(id, limit).orElseThrow(() ->
                new ApiError(404, "not_found", "no document mentions entity \"" + id + "\""));
        ctx.contentType(JSON).result(json.bytes(json.entityReport(report)));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private byte[] body(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ApiError(400, "unreadable_body", "the body could not be read: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T withWorker(Work<T> work) {
        boolean acquired;
        try {
            acquired = workers.tryAcquire(options.queueWaitMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "overloaded", "the server is shutting down");
        }
        if (!acquired) {
            throw new ApiError(503, "overloaded", "the server is busy (" + options.maxConcurrent()
                    + " analyses running); retry in a second");
        }
        try {
            return work.run();
        } catch (IOException e) {
            throw new ApiError(500, "internal_error", "writing the analysis failed");
        } catch (NabaException e) {
            throw new ApiError(422, "unprocessable", e.getMessage());
        } finally {
            workers.release();
        }
    }

    private void fail(Context ctx, int status, String code, String message) {
        if (status == 503) {
            ctx.header("Retry-After", "1");
        }
        ctx.status(status).contentType(JSON).result(json.bytes(json.error(code, message)));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "overloaded";
            default -> "http_" + status;
        };
    }

    private static boolean collapse(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ApiError(400, "bad_request", "collapse=\"" + value + "\" is not a boolean; use true or false");
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "bad_request", "parameter " + name + "=\"" + value + "\" is not a whole number");
        }
    }

    private static EntityType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_request", "type=\"" + value + "\" is not PERS, LOC, ORG or MISC");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "bad_request", name + "=\"" + value + "\" is not a date; use YYYY-MM-DD");
        }
    }
}
