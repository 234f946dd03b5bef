package org.exhaustionlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "exhaustionlab", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Research crypto trading strategies: Pine Script engine, market data, backtests, "
                + "optimisation and validation.",
        subcommands = { DemoCommand.class, CheckCommand.class, RunCommand.class, OptimizeCommand.class, ValidateCommand.class,
                DataCommand.class,
                EvolveCommand.class, MetaCommand.class, PluginsCommand.class, BenchCommand.class,
                VersionCommand.class,
                WorkbenchCommand.class },
        footer = { "", "Run 'exhaustionlab COMMAND --help' for a command's options.",
                "Exit codes: 0 success, 1 a failed check or run, 2 bad usage or bad input." })
final class MainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }
}
