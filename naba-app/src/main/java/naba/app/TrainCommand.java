package naba.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code naba train MODEL}: retrains a committed model from {@code ../shared/data}. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from the shared corpora.",
        subcommands = {TrainTopicsCommand.class, TrainNerCommand.class, TrainMorphCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
