package org.exhaustionlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Listed so that {@code --help} shows it: the {@code ./exhaustionlab} launcher starts the workbench application
 * itself, so this only runs when someone starts the headless application directly.
 */
@Command(name = "workbench", mixinStandardHelpOptions = true,
        description = "Open the desktop workbench (the ./exhaustionlab launcher starts it).")
final class WorkbenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "exhaustionlab: the workbench is a separate application: start it with './exhaustionlab workbench'");
        return Cli.BAD_INPUT;
    }
}
