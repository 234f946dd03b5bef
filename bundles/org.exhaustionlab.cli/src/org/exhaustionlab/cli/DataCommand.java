package org.exhaustionlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "data", mixinStandardHelpOptions = true, description = "Market data: exchange history and live streams, the local store, CSV files, demo data.",
        subcommands = { DataFetchCommand.class, DataStreamCommand.class, DataListCommand.class, DataImportCommand.class,
                DataExportCommand.class, DataInspectCommand.class, DataDemoCommand.class, DataFeedsCommand.class })
final class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }
}
