package naba.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import naba.app.server.NabaServer;
import naba.pipeline.NabaPipeline;
import naba.search.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code naba serve}: the web page and HTTP API over the archive, on 127.0.0.1:7070 by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page (analyze, search, explore entities) and the HTTP API.",
            "Open http://127.0.0.1:7070/ once it says it is listening; Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive = new ArchiveOption();

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBody = 10L << 20;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Analyses running at once before requests wait (default: 2 per core).")
    int maxConcurrent = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    @Option(names = "--queue-wait", paramLabel = "MS",
            description = "How long a request may wait for a free analysis slot before 503 (default: ${DEFAULT-VALUE}).")
    long queueWait = 10_000;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535 || maxBody <= 0 || maxConcurrent <= 0 || queueWait < 0) {
            throw new naba.text.InputException("--port must be 0..65535, --max-body and --max-concurrent positive");
        }
        Archive opened = Archive.open(archive.directory());
        NabaServer server = new NabaServer(opened, NabaPipeline.standard(),
                new NabaServer.Options(host, port, maxBody, maxConcurrent, queueWait));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
            stopped.countDown();
        }, "naba-serve-shutdown"));
        int bound = server.start();
        System.err.println("naba: serving http://" + host + ":" + bound + "/ (archive " + opened.path() + ", "
                + opened.size() + " documents); Ctrl-C stops");
        stopped.await();
        return CliErrors.OK;
    }
}
