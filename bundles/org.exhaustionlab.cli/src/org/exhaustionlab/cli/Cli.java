package org.exhaustionlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;

import org.exhaustionlab.market.csv.CsvFormatException;

import picocli.CommandLine;

/**
 * Runs one {@code exhaustionlab} command line. Exit codes follow the CLI contract: 0 success, 1 a failed check or run,
 * 2 bad usage or bad input (always with a one-line reason on stderr).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, Services services, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(out, true);
        PrintWriter stderr = new PrintWriter(err, true);
        CommandLine commandLine = new CommandLine(new MainCommand(), new ServicesFactory(services));
        commandLine.setOut(stdout);
        commandLine.setErr(stderr);
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            stderr.println("exhaustionlab: " + oneLine(ex));
            if (isInternal(ex)) {
                ex.printStackTrace(stderr);
                return FAILED;
            }
            return BAD_INPUT;
        });
        int code = commandLine.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    /** The data home: {@code -Dexhaustionlab.home} (set by the launcher), else {@code ~/.exhaustionlab}. */
    static java.nio.file.Path home() {
        String configured = System.getProperty("exhaustionlab.home");
        return configured != null && !configured.isBlank() ? java.nio.file.Path.of(configured)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".exhaustionlab");
    }

    private static boolean isInternal(Exception ex) {
        return !(ex instanceof UsageException || ex instanceof CsvFormatException || ex instanceof IOException
                || ex instanceof UncheckedIOException);
    }

    private static String oneLine(Exception ex) {
        Throwable shown = ex instanceof UncheckedIOException ? ex.getCause() : ex;
        String message = shown.getMessage();
        if (shown instanceof java.nio.file.NoSuchFileException) {
            message = "no such file: " + message;
        } else if (shown instanceof java.nio.file.AccessDeniedException) {
            message = "permission denied: " + message;
        }
        if (message == null || message.isBlank()) {
            message = shown.getClass().getSimpleName();
        }
        if (isInternal(ex)) {
            message = "internal error: " + message;
        }
        return message.replace('\n', ' ');
    }

    /** Creates commands, handing {@link Services} to those whose constructor asks for it. */
    private static final class ServicesFactory implements CommandLine.IFactory {
        private final Services services;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ServicesFactory(Services services) {
            this.services = services;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] params = constructor.getParameterTypes();
                if (params.length == 1 && params[0] == Services.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(services));
                }
            }
            return fallback.create(type);
        }
    }
}
