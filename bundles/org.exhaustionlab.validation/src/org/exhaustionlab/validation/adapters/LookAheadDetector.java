package org.exhaustionlab.validation.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.report.LookAheadFindings;

/**
 * Detects look-ahead and repainting: the strategy is run on growing prefixes of the data, and every signal a prefix
 * run emitted on a bar t inside the prefix must be emitted identically on t by the run on the whole data. A signal
 * that changes, disappears or appears once later bars are appended means the strategy used information it could not
 * have had live (or repaints).
 *
 * <p>Reach: with fills as signals (the default {@link #forBacktests}) a strategy that peeks k bars ahead is caught
 * when k exceeds its fill delay (one bar for market orders filled at the next open, none with
 * process_orders_on_close): a one-bar peek that fills at the next open only uses data that exists by the fill bar.
 * Signals recorded at decision time (the bar the order was placed) close that gap; a signal source can emit those.
 */
public final class LookAheadDetector {
    /** Differences listed in the findings at most (the first differing bar is always exact). */
    static final int MAX_LISTED = 20;
    private final Function<BarSeries, List<Signal>> strategy;

    /** One emitted signal: the bar it belongs to and what it was (id, direction, kind; compared as text). */
    public record Signal(int bar, String label) {
        public Signal {
            Objects.requireNonNull(label, "signal label");
        }
    }

    /** @param strategy runs the strategy on the given bars (a prefix of the data) and returns the signals emitted */
    public LookAheadDetector(Function<BarSeries, List<Signal>> strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /** A detector comparing the entry and exit fills of backtests on the prefixes. */
    public static LookAheadDetector forBacktests(Function<BarSeries, BacktestResult> backtester) {
        return new LookAheadDetector(bars -> tradeSignals(backtester.apply(bars)));
    }

    /** Entry fills of all trades and exit fills of closed trades, with direction and order id. */
    public static List<Signal> tradeSignals(BacktestResult r) {
        List<Signal> out = new ArrayList<>();
        for (Trade t : r.allTrades()) {
            out.add(new Signal(t.entryBarIndex(), "entry " + t.direction() + " " + t.entryId()));
            if (!t.open()) {
                out.add(new Signal(t.exitBarIndex(), "exit " + t.direction() + " " + t.exitId()));
            }
        }
        return out;
    }

    /** Prefixes of 50 %, 60 %, … 100 % of the bars. */
    public LookAheadFindings check(BarSeries data) {
        return checkFractions(data, new double[] {0.5, 0.6, 0.7, 0.8, 0.9});
    }

    /** Prefixes at the given fractions of the bars (each in (0, 1)); the full data is always the reference. */
    public LookAheadFindings checkFractions(BarSeries data, double[] fractions) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (double f : fractions) {
            if (!(f > 0 && f < 1)) {
                throw new IllegalArgumentException("prefix fraction must be strictly between 0 and 1, got " + f);
            }
            lengths.add((int) Math.round(data.size() * f));
        }
        return checkLengths(data, lengths);
    }

    /** {@code cuts} random prefix lengths (seeded) between 20 % of the bars and the full data. */
    public LookAheadFindings checkRandomCuts(BarSeries data, int cuts, long seed) {
        if (cuts < 1) {
            throw new IllegalArgumentException("look-ahead check needs at least one cut point, got " + cuts);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int from = Math.max(1, data.size() / 5);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < cuts && from < data.size(); i++) {
            lengths.add(from + rng.nextInt(data.size() - from));
        }
        return checkLengths(data, lengths);
    }

    private LookAheadFindings checkLengths(BarSeries data, TreeSet<Integer> lengths) {
        if (data.size() < 2) {
            throw new IllegalArgumentException("look-ahead check needs at least 2 bars, got " + data.size());
        }
        lengths.removeIf(n -> n < 1 || n >= data.size());
        Map<Integer, List<String>> reference = byBar(strategy.apply(data), data.size());
        int first = -1;
        List<String> differences = new ArrayList<>();
        for (int length : lengths) {
            Map<Integer, List<String>> prefix = byBar(strategy.apply(data.slice(0, length)), length);
            TreeSet<Integer> bars = new TreeSet<>(prefix.keySet());
            reference.keySet().stream().filter(b -> b < length).forEach(bars::add);
            for (int bar : bars) {
                List<String> inPrefix = prefix.getOrDefault(bar, List.of());
                List<String> full = reference.getOrDefault(bar, List.of());
                if (!inPrefix.equals(full)) {
                    first = first < 0 ? bar : Math.min(first, bar);
                    if (differences.size() < MAX_LISTED) {
                        differences.add("bar " + bar + ": run on the first " + length + " bars emitted " + inPrefix + ", run on all "
                                + data.size() + " bars emitted " + full);
                    }
                }
            }
        }
        List<Integer> ran = new ArrayList<>(lengths);
        ran.add(data.size());
        return new LookAheadFindings(ran, first >= 0, first, first >= 0 ? data.time(first) : 0, differences);
    }

    /** Signals grouped by bar, each bar's labels sorted so their order within a bar does not matter. */
    private static Map<Integer, List<String>> byBar(List<Signal> signals, int bars) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Signal s : signals) {
            if (s.bar() < 0 || s.bar() >= bars) {
                throw new IllegalArgumentException("signal on bar " + s.bar() + " lies outside the " + bars + " bars the strategy was given");
            }
            out.computeIfAbsent(s.bar(), b -> new ArrayList<>()).add(s.label());
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
