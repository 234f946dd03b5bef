package org.exhaustionlab.pine.runtime.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.junit.jupiter.api.Test;

/** strategy.* calls reach the host fully evaluated, in order, framed by beforeBar/afterBar; state is read back. */
class StrategyHostTest {

    static final String SCRIPT = """
            //@version=6
            strategy("S", initial_capital = 10000, pyramiding = 2)
            if bar_index == 1
                strategy.entry("L", strategy.long, qty = 2, comment = "go")
            if bar_index == 2
                strategy.exit("X", from_entry = "L", profit = 50, loss = 25)
            if bar_index == 3 and strategy.position_size > 0
                strategy.close("L", immediately = true)
            plot(strategy.position_size, "pos")
            plot(strategy.closedtrades, "closed")
            """;

    static BarSeries bars(int n) {
        long[] t = new long[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 60_000L * i;
            c[i] = 100 + i;
            v[i] = 1;
        }
        return BarSeries.of(Symbol.of("T", 0.01, 0.01), Timeframe.parse("1m"), t, c, c, c, c, v);
    }

    static final class RecordingHost implements StrategyHost {
        final List<String> log = new ArrayList<>();
        final List<StrategyCall> calls = new ArrayList<>();
        StrategyCall declaration;
        double position;

        @Override
        public void declare(StrategyCall d) {
            declaration = d;
            log.add("declare");
        }

        @Override
        public void beforeBar(int index) {
            log.add("before " + index);
        }

        @Override
        public void afterBar(int index) {
            log.add("after " + index);
        }

        @Override
        public void call(StrategyCall call) {
            calls.add(call);
            log.add(call.function() + " " + call.bar());
            if (call.function().equals("entry")) {
                position = call.number("qty");
            }
        }

        @Override
        public double variable(String name) {
            return name.equals("position_size") ? position : 0;
        }

        @Override
        public double function(String name, double[] args) {
            return Double.NaN;
        }
    }

    @Test
    void callsReachTheHostWithEvaluatedArguments() {
        PineProgram p = PineEngine.compile(SCRIPT, "s.pine");
        assertTrue(p.isStrategy());
        RecordingHost host = new RecordingHost();
        RunResult r = p.run(bars(5), RunOptions.defaults().withStrategyHost(host));
        assertTrue(r.ok(), () -> String.valueOf(r.failure()));
        assertEquals(List.of("declare", "before 0", "after 0", "before 1", "entry 1", "after 1", "before 2",
                "exit 2", "after 2", "before 3", "close 3", "after 3", "before 4", "after 4"), host.log);
        assertEquals(10000.0, host.declaration.number("initial_capital"));
        assertEquals(2L, host.declaration.args().get("pyramiding"));
        StrategyCall entry = host.calls.get(0);
        assertEquals("L", entry.string("id"));
        assertEquals("long", entry.string("direction"));
        assertEquals(2.0, entry.number("qty"));
        assertTrue(Double.isNaN(entry.number("limit")));
        assertEquals("go", entry.string("comment"));
        assertEquals(4, entry.line());
        StrategyCall exit = host.calls.get(1);
        assertEquals("L", exit.string("from_entry"));
        assertEquals(50.0, exit.number("profit"));
        assertEquals(25.0, exit.number("loss"));
        assertTrue(host.calls.get(2).bool("immediately", false));
        assertEquals(2.0, r.plot("pos").values()[1]);
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void withoutAHostCommandsAreNoOpsAndTheResultSaysSo() {
        RunResult r = PineEngine.compile(SCRIPT, "s.pine").run(bars(5), RunOptions.defaults());
        assertTrue(r.ok());
        assertEquals(0.0, r.plot("pos").values()[4]);
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("without a strategy host"));
    }
}
