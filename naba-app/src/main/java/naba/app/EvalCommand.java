package naba.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code naba eval TASK}: measures a component against gold data and prints one JSON line. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a component on gold data.",
        subcommands = {EvalNerCommand.class, EvalRetrievalCommand.class, EvalTopicsCommand.class, EvalSummariesCommand.class,
            EvalMorphCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
