package naba.app;

import java.io.PrintWriter;
import naba.text.InputException;
import picocli.CommandLine;

/**
 * Runs a command and maps failures to exit codes: 0 success, 2 bad usage or unreadable input, 1 anything else.
 * Prints one line to stderr; the stack trace only with {@code --verbose}.
 */
final class CliErrors {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private CliErrors() {
    }

    static int execute(Object command, String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(command);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> e instanceof InputException ? BAD_INPUT : FAILED);
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("naba: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!(e instanceof naba.text.NabaException) && !(e instanceof java.io.IOException)) {
                message = e.getClass().getSimpleName() + ": " + message;
            }
            err.println("naba: " + message);
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof InputException ? BAD_INPUT : FAILED;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("naba: out of memory; give Java more with NABA_JAVA_OPTS=-Xmx8g (or feed smaller documents)");
            return FAILED;
        } catch (Error e) {
            // Errors (a model that failed to load, a bug) bypass picocli's handler; still one line, no trace.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("naba: internal error: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            if (verbose) {
                e.printStackTrace();
            }
            return FAILED;
        }
    }
}
