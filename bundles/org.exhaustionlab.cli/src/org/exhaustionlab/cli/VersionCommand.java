package org.exhaustionlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the platform's version.")
final class VersionCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    VersionCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(describe(services));
        return Cli.OK;
    }

    static String describe(Services services) {
        return "ExhaustionLab " + services.version() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
    }

    /** Serves {@code exhaustionlab --version}. */
    static final class Provider implements IVersionProvider {
        private final Services services;

        Provider(Services services) {
            this.services = services;
        }

        @Override
        public String[] getVersion() {
            return new String[] { describe(services) };
        }
    }
}
