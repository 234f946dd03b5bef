package org.exhaustionlab.pine.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/** Test helpers: bars from a list of closes, compile-and-run, column access. */
final class Scripts {
    private Scripts() {
    }

    /** One-minute bars (the first aligned to a 5-minute boundary) whose closes are {@code closes}; open = previous close, high/low 1 beyond, volume 10+i. */
    static BarSeries bars(double... closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_100_000L + i * 60_000L;
            o[i] = i == 0 ? closes[0] : closes[i - 1];
            h[i] = Math.max(o[i], closes[i]) + 1;
            l[i] = Math.min(o[i], closes[i]) - 1;
            v[i] = 10 + i;
        }
        return BarSeries.of(Symbol.of("TEST", 0.01, 0.001), Timeframe.parse("1m"), t, o, h, l, closes, v);
    }

    static BarSeries ramp(int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 100 + i;
        }
        return bars(c);
    }

    static PineProgram compile(String source) {
        PineProgram p = PineEngine.compile(source, "test.pine");
        assertFalse(p.hasErrors(), () -> "unexpected diagnostics: " + p.diagnostics());
        return p;
    }

    static RunResult run(String source, BarSeries bars) {
        return run(source, bars, RunOptions.defaults());
    }

    static RunResult run(String source, BarSeries bars, RunOptions options) {
        RunResult r = compile(source).run(bars, options);
        assertTrue(r.ok(), () -> "runtime failure: " + r.failure());
        return r;
    }

    static double[] column(RunResult r, String title) {
        PlotColumn p = r.plot(title);
        assertNotNull(p, "no plot titled " + title);
        return p.values();
    }

    static final double NA = Double.NaN;
}
