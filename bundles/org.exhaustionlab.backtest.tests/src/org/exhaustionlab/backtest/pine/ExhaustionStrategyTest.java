package org.exhaustionlab.backtest.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.backtest.CommissionType;
import org.exhaustionlab.backtest.QtyType;
import org.exhaustionlab.backtest.StrategyProperties;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.junit.jupiter.api.Test;

/**
 * The flagship pine/strategies/exhaustion_signal.pine: it trades on 1m, 15m and 1h demo data, and its entries come
 * only on bars where the exhaustion signal fires under its rules, checked against {@link ExhaustionCounts}.
 */
class ExhaustionStrategyTest {

    private static final int MINUTE_BARS = 100_000;
    private static final String CONFIRM = "Confirm with fading Squeeze Momentum";
    private static final int CONFIRM_WINDOW = 5;
    private static final int KC_LENGTH = 20;

    private static Path flagship() {
        return PineFolder.require().resolve("strategies").resolve("exhaustion_signal.pine");
    }

    private static BarSeries minuteBars() {
        return DemoData.bars("BTCUSDT", MINUTE_BARS, Timeframe.MINUTE_1);
    }

    @Test
    void tradesTensToHundredsOfTimesOn1m15mAnd1h() {
        int minute = ScriptRun.of(flagship(), minuteBars()).figures().trades();
        assertTrue(minute >= 50 && minute <= 2000, "100k 1m bars: " + minute + " trades");
        for (Timeframe tf : List.of(Timeframe.MINUTE_15, Timeframe.HOUR_1)) {
            BarSeries year = DemoData.bars("BTCUSDT", DemoData.YEAR_OF_MINUTES, tf);
            int trades = ScriptRun.of(flagship(), year).figures().trades();
            assertTrue(trades >= 20 && trades <= 2000, "a year of " + tf.code() + " bars: " + trades + " trades");
        }
    }

    @Test
    void declaresTheRequiredStrategyProperties() {
        StrategyProperties p = ScriptRun.of(flagship(), DemoData.yearHourly("BTCUSDT")).backtest().properties();
        assertEquals(10_000, p.initialCapital(), 1e-9);
        assertEquals(QtyType.PERCENT_OF_EQUITY, p.defaultQtyType());
        assertEquals(10, p.defaultQtyValue(), 1e-9);
        assertEquals(CommissionType.PERCENT, p.commissionType());
        assertEquals(0.05, p.commissionValue(), 1e-12);
        assertEquals(1, p.slippageTicks());
        assertEquals(0, p.pyramiding());
    }

    @Test
    void everyNumericInputHasAnOptimiserRange() {
        List<InputInfo> inputs = PineEngine.compile(PineFolder.read(flagship()), "exhaustion_signal.pine").inputs();
        assertTrue(inputs.size() >= 15, "inputs: " + inputs.size());
        for (InputInfo in : inputs) {
            if (in.type().equals("int") || in.type().equals("float")) {
                String what = "input '" + in.key() + "'";
                assertFalse(Double.isNaN(in.minval()) || Double.isNaN(in.maxval()) || Double.isNaN(in.step()),
                        what + " needs minval, maxval and step");
                double value = ((Number) in.defaultValue()).doubleValue();
                assertTrue(value >= in.minval() && value <= in.maxval(), what + " default outside its range");
            }
        }
    }

    @Test
    void plottedCountsAndMomentumMatchTheJavaComputation() {
        BarSeries bars = minuteBars();
        ScriptRun run = ScriptRun.of(flagship(), bars);
        ExhaustionCounts counts = ExhaustionCounts.of(bars.closes(), ExhaustionCounts.Rules.DEFAULT);
        double[] val = ExhaustionCounts.squeezeMomentum(bars.highs(), bars.lows(), bars.closes(), KC_LENGTH);
        double[] bull = plot(run, "Bullish Count");
        double[] bear = plot(run, "Bearish Count");
        double[] mom = plot(run, "Squeeze Momentum");
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(counts.bullish()[i], bull[i], 0, "bullish count at bar " + i);
            assertEquals(counts.bearish()[i], bear[i], 0, "bearish count at bar " + i);
            if (Double.isNaN(val[i])) {
                assertTrue(Double.isNaN(mom[i]), "momentum should be na at bar " + i);
            } else {
                assertEquals(val[i], mom[i], 1e-6 * Math.max(1, Math.abs(val[i])), "momentum at bar " + i);
            }
        }
    }

    @Test
    void withoutConfirmationItEntersOnTheBarAfterEverySignalAndOnlyThen() {
        BarSeries bars = minuteBars();
        List<Trade> trades = ScriptRun.of(flagship(), bars, Map.of(CONFIRM, false)).backtest().allTrades();
        ExhaustionCounts c = ExhaustionCounts.of(bars.closes(), ExhaustionCounts.Rules.DEFAULT);
        assertTrue(trades.size() >= 50, "trades: " + trades.size());
        for (Trade t : trades) {
            int s = t.entryBarIndex() - 1;
            int count = t.isLong() ? c.bullish()[s] : c.bearish()[s];
            assertTrue(count == 12 || count == 14, t.entryId() + " entered at bar " + t.entryBarIndex()
                    + " but the signal bar's count is " + count);
            assertEquals((t.isLong() ? "Bull L" : "Bear L") + (count == 14 ? 3 : 2), t.entryComment());
        }
        // the converse: a signal while not already holding that side opens a trade on the next bar
        int missed = 0;
        for (int s = 0; s < bars.size() - 1; s++) {
            boolean bull = c.bullish()[s] == 12 || c.bullish()[s] == 14;
            boolean bear = c.bearish()[s] == 12 || c.bearish()[s] == 14;
            if ((bull || bear) && !holding(trades, s, bull) && !enteredAt(trades, s + 1, bull)) {
                missed++;
            }
        }
        assertEquals(0, missed, "signals on which no entry followed");
    }

    @Test
    void withConfirmationEveryEntryFollowsAnArmedSignalAndAFadingHistogram() {
        BarSeries bars = minuteBars();
        List<Trade> trades = ScriptRun.of(flagship(), bars).backtest().allTrades();
        ExhaustionCounts c = ExhaustionCounts.of(bars.closes(), ExhaustionCounts.Rules.DEFAULT);
        double[] val = ExhaustionCounts.squeezeMomentum(bars.highs(), bars.lows(), bars.closes(), KC_LENGTH);
        assertTrue(trades.size() >= 50, "trades: " + trades.size());
        for (Trade t : trades) {
            int s = t.entryBarIndex() - 1;
            int[] own = t.isLong() ? c.bullish() : c.bearish();
            int[] other = t.isLong() ? c.bearish() : c.bullish();
            int armedAt = -1;
            for (int b = s; b >= Math.max(0, s - CONFIRM_WINDOW) && armedAt < 0; b--) {
                if (own[b] == 12 || own[b] == 14) {
                    armedAt = b;
                }
            }
            String where = t.entryId() + " entered at bar " + t.entryBarIndex();
            assertTrue(armedAt >= 0, where + ": no signal in the " + CONFIRM_WINDOW + " bars before");
            for (int b = armedAt + 1; b <= s; b++) {
                assertFalse(other[b] == 12 || other[b] == 14, where + ": an opposite signal at bar " + b + " disarmed it");
            }
            assertEquals((t.isLong() ? "Bull L" : "Bear L") + (own[armedAt] == 14 ? 3 : 2), t.entryComment(), where);
            double eps = 1e-9 * Math.max(1, Math.abs(val[s]));
            boolean fading = t.isLong() ? val[s] < eps && val[s] > val[s - 1] - eps
                    : val[s] > -eps && val[s] < val[s - 1] + eps;
            assertTrue(fading, where + ": histogram not fading (" + val[s - 1] + " -> " + val[s] + ")");
        }
    }

    @Test
    void timeExitBoundsTheBarsInATrade() {
        int maxBars = 30;
        List<Trade> trades = ScriptRun.of(flagship(), minuteBars(),
                Map.of("Use time exit", true, "Max bars in trade", maxBars)).backtest().closedTrades();
        assertTrue(trades.size() >= 50, "trades: " + trades.size());
        List<String> tooLong = new ArrayList<>();
        for (Trade t : trades) {
            // the close is decided at the close of bar entry + maxBars and fills at the next open
            if (t.bars() > maxBars + 1) {
                tooLong.add(t.number() + ":" + t.bars());
            }
        }
        assertTrue(tooLong.isEmpty(), "trades held too long: " + tooLong);
        assertTrue(trades.stream().anyMatch(t -> "Time exit".equals(t.exitComment())), "no trade ended by time");
    }

    private static boolean holding(List<Trade> trades, int bar, boolean isLong) {
        for (Trade t : trades) {
            if (t.isLong() == isLong && t.entryBarIndex() <= bar && (t.open() || t.exitBarIndex() > bar)) {
                return true;
            }
        }
        return false;
    }

    private static boolean enteredAt(List<Trade> trades, int bar, boolean isLong) {
        return trades.stream().anyMatch(t -> t.isLong() == isLong && t.entryBarIndex() == bar);
    }

    private static double[] plot(ScriptRun run, String title) {
        PlotColumn column = run.run().plot(title);
        assertNotNull(column, "no plot '" + title + "'");
        return column.values();
    }
}
