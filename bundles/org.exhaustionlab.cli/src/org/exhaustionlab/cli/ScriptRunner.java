package org.exhaustionlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/** Compiles a Pine script and runs it over bars, through the broker emulator when it is a strategy. */
final class ScriptRunner {

    /** What one run produced; {@code backtest} is null for indicators. */
    record Outcome(PineProgram program, RunResult run, BacktestResult backtest) {
    }

    /** A script that does not compile: its diagnostics, formatted, are the message. */
    static final class ScriptErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScriptErrors(String formatted) {
            super(formatted);
        }
    }

    private ScriptRunner() {
    }

    static PineProgram compile(Path script) throws IOException {
        return compile(script, null);
    }

    /** As {@link #compile(Path)}, looking imported Pine libraries up in {@code libraryPath} before the defaults. */
    static PineProgram compile(Path script, java.util.List<Path> libraryPath) throws IOException {
        String source = Files.readString(script, StandardCharsets.UTF_8);
        PineProgram program = PineEngine.compile(source, script.toString(),
                org.exhaustionlab.pine.runtime.PineLibraries.current(), libraryPath);
        if (program.hasErrors()) {
            throw new ScriptErrors(PineChecker.formatText(script.toString(), program.diagnostics()));
        }
        return program;
    }

    static Outcome run(PineProgram program, BarSeries bars, Map<String, String> inputs, double tick, String timezone) {
        return run(program, bars, inputs, tick, timezone, Map.of());
    }

    /** As above, with the bars of other symbols that request.security may ask for. */
    static Outcome run(PineProgram program, BarSeries bars, Map<String, String> inputs, double tick, String timezone,
            Map<String, BarSeries> securities) {
        RunOptions options = RunOptions.defaults().withInputs(convert(program, inputs)).withSymbolInfo(tick, timezone)
                .withSecurities(securities);
        PineStrategyHost host = null;
        if (program.isStrategy()) {
            host = new PineStrategyHost(bars, tick);
            options = options.withStrategyHost(host);
        }
        RunResult run = program.run(bars, options);
        return new Outcome(program, run, host != null && run.ok() ? host.result() : null);
    }

    /** Typed override values from NAME=VALUE text, by the input's declared type. */
    static Map<String, Object> convert(PineProgram program, Map<String, String> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (Map.Entry<String, String> e : raw.entrySet()) {
            InputInfo input = program.inputs().stream()
                    .filter(i -> e.getKey().equals(i.name()) || e.getKey().equals(i.title())).findFirst()
                    .orElseThrow(() -> new UsageException("the script has no input '" + e.getKey() + "'; inputs: "
                            + program.inputs().stream().map(InputInfo::key).toList()));
            out.put(e.getKey(), value(input, e.getValue()));
        }
        return out;
    }

    private static Object value(InputInfo input, String text) {
        try {
            switch (input.type()) {
            case "int":
                return Long.parseLong(text.trim());
            case "float":
            case "price":
                return Double.parseDouble(text.trim());
            case "bool":
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            default:
                return text;
            }
        } catch (NumberFormatException e) {
            throw new UsageException("input '" + input.key() + "' is " + input.type() + ", not '" + text + "'");
        }
    }
}
