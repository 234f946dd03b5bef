package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.market.MarketDataFeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = { "Add-ons from a p2 update site: exchanges, LLM providers, indicator packs.",
                "Changes take effect the next time exhaustionlab starts." },
        subcommands = { PluginsCommand.ListCommand.class, PluginsCommand.InstallCommand.class,
                PluginsCommand.UninstallCommand.class })
final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Installed features and plugin services.")
    static final class ListCommand implements Callable<Integer> {
        private final Services services;

        @Spec
        CommandSpec spec;

        ListCommand(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            Director.Result roots = Director.run("-listInstalledRoots");
            out.println("features:");
            roots.lines().stream().filter(l -> l.contains(".feature.group/"))
                    .forEach(l -> out.println("  " + l.replace(".feature.group/", " ")));
            out.println("market-data feeds:");
            services.all(MarketDataFeed.class).forEach(f -> out.printf("  %-14s %s%n", f.id(), f.displayName()));
            out.println("LLM providers:");
            services.all(LlmProvider.class).forEach(p -> out.printf("  %-14s %s%n", p.id(), p.displayName()));
            out.println("  built-in OpenAI-compatible presets: " + String.join(", ", ProviderPresets.ids()));
            out.println("fitness functions:");
            FitnessList.print(out);
            List<String> unresolved = services.unresolvedBundles();
            if (!unresolved.isEmpty()) {
                out.println("not active (left out, the rest runs):");
                unresolved.forEach(u -> out.println("  " + u));
            }
            return roots.exitCode() == 0 ? Cli.OK : Cli.FAILED;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, description = "Install a feature from an update site.")
    static final class InstallCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SITE", description = "Update site URL (https://..., file:/...) or folder.")
        String site;

        @Parameters(index = "1", paramLabel = "FEATURE", description = "e.g. org.exhaustionlab.feed.okx.feature")
        String feature;

        @Override
        public Integer call() throws IOException, InterruptedException {
            String repository = Files.isDirectory(Path.of(site)) ? Path.of(site).toAbsolutePath().toUri().toString() : site;
            Director.Result result = Director.run("-repository", repository, "-installIU", Director.unit(feature));
            return Director.report(spec.commandLine().getOut(), spec.commandLine().getErr(), result,
                    "installed " + feature + " from " + site + "; it is active from the next start");
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove an installed feature.")
    static final class UninstallCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FEATURE")
        String feature;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Director.Result result = Director.run("-uninstallIU", Director.unit(feature));
            return Director.report(spec.commandLine().getOut(), spec.commandLine().getErr(), result,
                    "uninstalled " + feature + "; it is gone from the next start");
        }
    }

    /** The p2 director of this installation, run as a separate process on the same install area. */
    static final class Director {

        record Result(int exitCode, List<String> lines) {
        }

        static String unit(String feature) {
            String id = feature.endsWith(".feature.group") ? feature : feature + ".feature.group";
            if (!id.startsWith("org.") && !id.contains(".")) {
                throw new UsageException("'" + feature + "' is not a feature id such as org.exhaustionlab.feed.okx.feature");
            }
            return id;
        }

        static Result run(String... args) throws IOException, InterruptedException {
            Path install = installArea();
            Path launcher = launcher(install);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", launcher.toString(), "-nosplash", "-application", "org.eclipse.equinox.p2.director",
                    "-destination", install.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                reader.lines().forEach(lines::add);
            }
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("the p2 director did not finish within 10 minutes");
            }
            return new Result(process.exitValue(), lines);
        }

        static int report(PrintWriter out, PrintWriter err, Result result, String success) {
            if (result.exitCode() == 0) {
                out.println(success);
                return Cli.OK;
            }
            err.println("exhaustionlab: refused: " + reason(result.lines()));
            return Cli.BAD_INPUT;
        }

        /**
         * The director's explanation in one line: what is missing when that is the problem ("x 1.0.0 requires
         * 'java.package; a.b [7.0.0,8.0.0)' but it could not be found"), else its message without stack traces.
         */
        static String reason(List<String> lines) {
            List<String> missing = new ArrayList<>();
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith("Missing requirement: ") && !missing.contains(l.substring(21))) {
                    missing.add(l.substring(21));
                }
            }
            String reason = !missing.isEmpty() ? String.join("; ", missing)
                    : lines.stream().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("at ") && !l.startsWith("!")
                                    && !l.startsWith("Application failed, log file location"))
                            .reduce((a, b) -> a + " " + b).orElse("no explanation");
            return reason.length() > 600 ? reason.substring(0, 600) + "..." : reason;
        }

        private static Path installArea() {
            String area = System.getProperty("osgi.install.area");
            if (area == null) {
                throw new UsageException("not running from an installed product (no osgi.install.area)");
            }
            return Path.of(URI.create(area.replace(" ", "%20")));
        }

        private static Path launcher(Path install) throws IOException {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(install.resolve("plugins"),
                    "org.eclipse.equinox.launcher_*.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
            throw new UsageException("no org.eclipse.equinox.launcher jar in " + install.resolve("plugins"));
        }
    }
}
