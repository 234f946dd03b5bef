package org.exhaustionlab.pine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark;
import org.junit.jupiter.api.Test;

/** One compiled program runs on several threads at once with identical results (the optimiser relies on it). */
class ConcurrencyTest {

    @Test
    void concurrentRunsOfOneProgramAreIndependent() throws Exception {
        PineProgram p = Scripts.compile(SqueezeBenchmark.bundledScript() + """
                var int count = 0
                count += 1
                plot(count, "count")
                plot(request.security(syminfo.tickerid, "60", ta.sma(close, 3)), "htf")
                """);
        BarSeries bars = DemoMarket.generate(DemoMarket.symbols().get(0).name(), Timeframe.parse("5m"),
                1_700_000_100_000L, 4000, 5);
        RunResult expected = p.run(bars, RunOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RunResult>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> p.run(bars, RunOptions.defaults())));
            }
            for (Future<RunResult> f : runs) {
                RunResult r = f.get();
                assertTrue(r.ok());
                for (PlotColumn c : expected.plots()) {
                    assertArrayEquals(c.values(), r.plot(c.title()).values(), c.title());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
