package org.exhaustionlab.pine.runtime.strategy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/**
 * calc_on_order_fills in the runtime: extra executions at the fill points a host reports, with close = the fill
 * price, at most 4 executions per bar, and the state of every extra execution rolled back.
 */
class CalcOnOrderFillsTest {

    /** Every execution reports the prices it sees through a strategy.order comment. */
    static final String SCRIPT = """
            //@version=6
            strategy("C", calc_on_order_fills = true)
            var int runs = 0
            runs += 1
            var a = array.new_float()
            array.push(a, close)
            x = close * 2
            s = ta.sma(close, 2)
            c = ta.cum(1)
            seen = str.tostring(close) + "/" + str.tostring(high) + "/" + str.tostring(low)
            strategy.order("o", strategy.long, comment = seen)
            plot(runs, "runs")
            plot(array.size(a), "size")
            plot(x[1], "x1")
            plot(s, "sma")
            plot(c, "cum")
            plot(close, "close")
            """;

    /** OHLC: bar i opens at 100 + i, high +5, low -5, closes at 101 + i. */
    static BarSeries bars(int n) {
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 60_000L * i;
            o[i] = 100 + i;
            h[i] = 105 + i;
            l[i] = 95 + i;
            c[i] = 101 + i;
            v[i] = 1;
        }
        return BarSeries.of(Symbol.of("T", 0.01, 0.01), Timeframe.parse("1m"), t, o, h, l, c, v);
    }

    /** A host that reports {@code points.get(bar)} as fill points (as many as the runtime asks for). */
    static final class FillingHost implements StrategyHost {
        final boolean recalc;
        final Map<Integer, List<FillPoint>> points = new HashMap<>();
        final List<String> log = new ArrayList<>();
        final Map<Integer, Integer> asked = new HashMap<>();

        FillingHost(boolean recalc) {
            this.recalc = recalc;
        }

        @Override
        public void declare(StrategyCall declaration) {
            assertEquals(Boolean.TRUE, declaration.args().get("calc_on_order_fills"));
        }

        @Override
        public boolean recalculatesOnFills() {
            return recalc;
        }

        @Override
        public FillPoint nextFillPoint(int index) {
            int k = asked.merge(index, 1, Integer::sum) - 1;
            List<FillPoint> list = points.getOrDefault(index, List.of());
            log.add("point " + index);
            return k < list.size() ? list.get(k) : null;
        }

        @Override
        public void finishBarPath(int index) {
            log.add("finish " + index);
        }

        @Override
        public void afterBar(int index) {
            log.add("after " + index);
        }

        @Override
        public void call(StrategyCall call) {
            log.add(call.bar() + ":" + call.string("comment"));
        }

        @Override
        public double variable(String name) {
            return 0;
        }

        @Override
        public double function(String name, double[] args) {
            return Double.NaN;
        }
    }

    private static RunResult run(FillingHost host, int n) {
        PineProgram p = PineEngine.compile(SCRIPT, "c.pine");
        assertTrue(!p.hasErrors(), () -> p.diagnostics().toString());
        RunResult r = p.run(bars(n), RunOptions.defaults().withStrategyHost(host));
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        return r;
    }

    private static List<String> callsOn(FillingHost host, int bar) {
        return host.log.stream().filter(s -> s.startsWith(bar + ":")).toList();
    }

    @Test
    void extraExecutionsSeeTheFillPriceAndThePathSoFar() {
        FillingHost host = new FillingHost(true);
        host.points.put(2, List.of(new FillPoint(102, 102, 102), new FillPoint(97, 102, 97)));
        run(host, 4);
        assertEquals(List.of("2:102/102/102", "2:97/102/97", "2:103/107/97"), callsOn(host, 2),
                "two executions at the fill points, then the closing one with the bar's own prices");
        assertEquals(List.of("1:102/106/96"), callsOn(host, 1));
        int finish = host.log.indexOf("finish 2");
        assertTrue(finish > host.log.indexOf("2:97/102/97") && finish < host.log.indexOf("2:103/107/97"),
                "the host walks the rest of the path before the closing execution: " + host.log);
    }

    @Test
    void stateOfExtraExecutionsIsRolledBack() {
        FillingHost host = new FillingHost(true);
        host.points.put(1, List.of(new FillPoint(101, 101, 101)));
        host.points.put(2, List.of(new FillPoint(102, 102, 102), new FillPoint(97, 102, 97), new FillPoint(107,
                107, 97)));
        RunResult r = run(host, 5);
        RunResult plain = run(new FillingHost(false), 5);
        assertAll(
                () -> assertArrayEquals(new double[] {1, 2, 3, 4, 5}, r.plot("runs").values(),
                        "var counter not double-counted"),
                () -> assertArrayEquals(new double[] {1, 2, 3, 4, 5}, r.plot("size").values(),
                        "array pushes rolled back"),
                () -> assertArrayEquals(new double[] {1, 2, 3, 4, 5}, r.plot("cum").values(),
                        "ta.cum state rolled back"),
                () -> assertArrayEquals(plain.plot("x1").values(), r.plot("x1").values(),
                        "series history holds the closing values"),
                () -> assertArrayEquals(plain.plot("sma").values(), r.plot("sma").values(),
                        "ta.sma state rolled back"),
                () -> assertArrayEquals(plain.plot("close").values(), r.plot("close").values(),
                        "plots keep the closing value"));
        assertEquals(3, callsOn(host, 2).size() - 1, "three extra executions on bar 2");
    }

    @Test
    void atMostFourExecutionsPerBar() {
        FillingHost host = new FillingHost(true);
        List<FillPoint> many = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            many.add(new FillPoint(100 + k, 110, 90));
        }
        for (int bar = 0; bar < 3; bar++) {
            host.points.put(bar, many);
        }
        RunResult r = run(host, 3);
        for (int bar = 0; bar < 3; bar++) {
            assertEquals(4, callsOn(host, bar).size(), "bar " + bar + ": " + host.log);
            assertEquals(3, host.asked.get(bar), "the runtime asks for at most 3 fill points per bar");
        }
        assertArrayEquals(new double[] {1, 2, 3}, r.plot("runs").values());
    }

    @Test
    void withoutThePropertyTheScriptRunsOncePerBar() {
        FillingHost host = new FillingHost(false);
        host.points.put(1, List.of(new FillPoint(101, 101, 101)));
        run(host, 3);
        assertTrue(host.asked.isEmpty(), "no fill points asked for");
        assertTrue(host.log.stream().noneMatch(s -> s.startsWith("finish")));
        assertEquals(1, callsOn(host, 1).size());
    }
}
