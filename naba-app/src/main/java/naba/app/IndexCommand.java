package naba.app;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import naba.app.input.ArticleReader;
import naba.app.json.AnalyzeJson;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.search.Archive;
import naba.search.ArchiveRecord;
import naba.text.Document;
import naba.text.InputException;
import naba.text.NabaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code naba index FILE|DIR...}: analyzes articles with every layer on all cores and adds them to the archive,
 * replacing documents with the same id. A bad record is skipped and reported with its line; when the command
 * returns, every indexed document is committed and survives a crash.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Analyze and add articles to the archive: .txt files (one article each) and JSON Lines "
                + "(.jsonl, .ndjson, plain or .gz) with the corpus field names; directories are searched for them.",
            "Re-indexing an id replaces the document."})
public final class IndexCommand implements Callable<Integer> {
    private static final int COMMIT_EVERY = 2000;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    @Mixin
    ArchiveOption archive = new ArchiveOption();

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories to index.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: every core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lenient", description = "Replace invalid UTF-8 with U+FFFD instead of skipping the record.")
    boolean lenient;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads <= 0) {
            throw new InputException("--threads " + threads + ": give a positive number");
        }
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw new InputException("no .txt, .jsonl, .ndjson or .jsonl.gz file in " + inputs);
        }
        PrintStream err = System.err;
        long total = countRecords(files);
        Progress progress = new Progress(total, System.console() != null, err);
        AtomicLong skipped = new AtomicLong();
        AtomicLong indexed = new AtomicLong();
        Pipeline pipeline = NabaPipeline.standard();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
        try (Archive opened = Archive.open(archive.directory())) {
            ThreadLocal<AnalyzeJson> writers = ThreadLocal.withInitial(AnalyzeJson::new);
            for (Path file : files) {
                ArticleReader.Format format = isText(file) ? ArticleReader.Format.TEXT : ArticleReader.Format.JSONL;
                ArticleReader reader = new ArticleReader(format, lenient, s -> {
                    skipped.incrementAndGet();
                    progress.note("skipped " + s);
                    progress.advance();
                });
                try {
                    reader.read(file.toString(), InputStream.nullInputStream(), document -> pool.execute(() -> {
                        try {
                            Document analyzed = pipeline.annotate(document);
                            ByteArrayOutputStream json = new ByteArrayOutputStream(document.text().length() * 8);
                            writers.get().write(analyzed, json);
                            opened.add(ArchiveRecord.of(analyzed, json.toByteArray()));
                            if (indexed.incrementAndGet() % COMMIT_EVERY == 0) {
                                opened.commit();
                            }
                        } catch (NabaException | IOException | IllegalArgumentException e) {
                            skipped.incrementAndGet();
                            progress.note("skipped " + file + " id " + document.id() + ": " + e.getMessage());
                        }
                        progress.advance();
                    }));
                } catch (InputException e) {
                    skipped.incrementAndGet();
                    progress.note("skipped " + e.getMessage());
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.tick();
            }
            opened.commit();
            progress.finish();
            err.println("naba: indexed " + indexed.get() + " document(s) into " + opened.path()
                    + (skipped.get() > 0 ? "; " + skipped.get() + " record(s) skipped" : "") + "; archive holds "
                    + opened.size());
        } finally {
            pool.shutdownNow();
        }
        return CliErrors.OK;
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean indexable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz") || name.endsWith(".json.gz");
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(IndexCommand::indexable).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new InputException(input + ": no such file or directory");
            }
        }
        return files;
    }

    /** Records to expect: one per text file, one per non-blank line of JSON Lines (for rate and ETA). */
    private static long countRecords(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            if (isText(file)) {
                total++;
                continue;
            }
            try (InputStream raw = Files.newInputStream(file)) {
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        total++;
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new InputException(file + ": not gzip data (" + e.getMessage() + ")");
            }
        }
        return total;
    }

    /** A progress bar with rate and ETA on a terminal; a log line every few seconds otherwise. */
    static final class Progress {
        private final long total;
        private final boolean terminal;
        private final PrintStream err;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private long lastPrint;

        Progress(long total, boolean terminal, PrintStream err) {
            this.total = total;
            this.terminal = terminal;
            this.err = err;
        }

        void advance() {
            done.incrementAndGet();
            tick();
        }

        synchronized void note(String message) {
            if (terminal) {
                err.print("\r\u001b[2K");
            }
            err.println("naba: " + message);
            lastPrint = 0;
        }

        synchronized void tick() {
            long now = System.nanoTime();
            if (now - lastPrint < (terminal ? 200_000_000L : LOG_EVERY_NANOS)) {
                return;
            }
            lastPrint = now;
            err.print(terminal ? "\r\u001b[2K" + line(now) : "naba: " + line(now) + "\n");
            err.flush();
        }

        synchronized void finish() {
            lastPrint = 0;
            if (terminal) {
                err.print("\r\u001b[2K" + line(System.nanoTime()) + "\n");
            } else {
                err.println("naba: " + line(System.nanoTime()));
            }
        }

        private String line(long now) {
            long n = done.get();
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            double rate = n / seconds;
            long eta = rate > 0 ? (long) ((total - n) / rate) : -1;
            int width = 30;
            int filled = total == 0 ? width : (int) Math.min(width, width * n / total);
            String bar = terminal ? "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " : "";
            return String.format(Locale.ROOT, "%s%d/%d documents, %.1f docs/s, ETA %s", bar, n, total, rate,
                    eta < 0 ? "?" : eta / 60 + "m" + String.format(Locale.ROOT, "%02d", eta % 60) + "s");
        }
    }
}
