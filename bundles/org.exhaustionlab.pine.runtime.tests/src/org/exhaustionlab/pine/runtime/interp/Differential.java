package org.exhaustionlab.pine.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/** Runs one script in two execution modes of the engine and requires identical results. */
final class Differential {
    private Differential() {
    }

    /** The checkout's pine/indicators, strategies and examples (the build sets exhaustionlab.pine). */
    static List<Path> shippedScripts() throws IOException {
        List<Path> out = new ArrayList<>();
        String configured = System.getProperty("exhaustionlab.pine");
        for (String root : new String[] {configured == null ? "pine" : configured, "../pine", "../../pine"}) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir.resolve("indicators"))) {
                for (String sub : new String[] {"indicators", "strategies", "examples"}) {
                    if (Files.isDirectory(dir.resolve(sub))) {
                        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
                            s.filter(p -> p.toString().endsWith(".pine")).sorted().forEach(out::add);
                        }
                    }
                }
                break;
            }
        }
        return out;
    }

    /** Calls {@code check} with the file name and source of every shipped script (there must be some). */
    static void eachShippedScript(java.util.function.BiConsumer<String, String> check) throws IOException {
        List<Path> scripts = shippedScripts();
        assertFalse(scripts.isEmpty(), "no shipped scripts found");
        for (Path p : scripts) {
            check.accept(p.getFileName().toString(), Files.readString(p));
        }
    }

    static BarSeries bars(long seed) {
        return DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("1h"), 1_700_000_000_000L,
                3000, seed);
    }

    /**
     * Runs {@code script} over {@code bars}; runs of at least {@code minBars} bars use the specialised tree, and
     * compiled bar code when {@code compile}.
     */
    static RunResult run(String script, BarSeries bars, int minBars, boolean compile) {
        Executable.specializeMinBars = minBars;
        Executable.compileBars = compile;
        PineProgram program = PineEngine.compile(script, "t.pine");
        assertFalse(program.hasErrors(), () -> program.diagnostics().toString());
        return program.run(bars, RunOptions.defaults());
    }

    /** Every plot value and colour, every event and the failure are the same. */
    static void assertSameResults(String name, RunResult expected, RunResult actual) {
        assertEquals(expected.ok(), actual.ok(), name);
        assertEquals(expected.failure(), actual.failure(), name);
        assertEquals(expected.plots().size(), actual.plots().size(), name);
        for (int i = 0; i < expected.plots().size(); i++) {
            PlotColumn a = expected.plots().get(i);
            PlotColumn b = actual.plots().get(i);
            assertArrayEquals(a.values(), b.values(), name + ": plot " + a.title());
            assertArrayEquals(a.colors(), b.colors(), name + ": colours of " + a.title());
        }
        assertEquals(expected.events(), actual.events(), name + ": events");
    }
}
