package naba.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code naba} command line: {@code naba analyze article.txt}. */
@Command(name = "naba", mixinStandardHelpOptions = true, version = "naba 0.1.0",
        description = "Reads Arabic news and turns it into structured, searchable knowledge.",
        footer = {"", "Also: naba batch --input FILE --output DIR [--master local[*]]   the Spark batch job (docs/scale.md)"},
        subcommands = {AnalyzeCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class, TrainCommand.class, EvalCommand.class, NerCommand.class, DedupCommand.class, StoriesCommand.class})
public final class NabaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by {@link CliErrors} from the arguments; declared once here so every subcommand accepts it. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(CliErrors.execute(new NabaCommand(), args));
    }
}
