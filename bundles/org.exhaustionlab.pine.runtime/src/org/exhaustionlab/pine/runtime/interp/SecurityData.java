package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.pine.SourceRange;

/**
 * Where a request.* call's bars come from: the chart's own series, or the series supplied for another symbol in the
 * run options ({@code RunOptions.securities()}), brought to the requested timeframe. Symbols match exactly, or by
 * ticker when one side has no exchange prefix ("ETHUSDT" finds "BINANCE:ETHUSDT" and the other way round).
 */
final class SecurityData {
    private SecurityData() {
    }

    /** True when {@code symbol} names the chart's own symbol (empty = the chart's). */
    static boolean isChart(BarSeries chart, String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return true;
        }
        Symbol s = chart.symbol();
        return symbol.equalsIgnoreCase(s.name()) || symbol.equalsIgnoreCase(s.exchange() + ":" + s.name());
    }

    /** The bars of {@code symbol} (the chart's own when it names the chart symbol); a clear error when none exist. */
    static BarSeries series(RunContext base, String symbol, String function, SourceRange pos) {
        String standard = org.exhaustionlab.pine.runtime.lib.Ticker.standard(symbol);
        if (standard != null && !standard.equals(symbol)) {
            return series(base, standard, function, pos); // modifiers (Heikin Ashi, ...) apply after resampling
        }
        if (isChart(base.bars, symbol)) {
            return base.bars;
        }
        Map<String, BarSeries> supplied = base.options.securities();
        BarSeries s = supplied.get(symbol);
        if (s == null) {
            String ticker = ticker(symbol);
            for (Map.Entry<String, BarSeries> e : supplied.entrySet()) {
                boolean eitherBare = symbol.indexOf(':') < 0 || e.getKey().indexOf(':') < 0;
                if (eitherBare && ticker(e.getKey()).equalsIgnoreCase(ticker)) {
                    s = e.getValue();
                }
            }
        }
        if (s == null) {
            throw new PineError(function + ": no data for symbol \"" + symbol + "\" (only the chart's symbol"
                    + (supplied.isEmpty() ? "" : " and " + String.join(", ", supplied.keySet()))
                    + " are available; supply it with the run, e.g. run --security " + symbol + "=bars.csv)", pos);
        }
        return s;
    }

    /**
     * Heikin Ashi bars of {@code bars}: close = (open + high + low + close) / 4, open = the average of the previous
     * Heikin Ashi open and close (the first: (open + close) / 2), high and low widened to include them.
     */
    static BarSeries heikinAshi(BarSeries bars) {
        int n = bars.size();
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = (bars.open(i) + bars.high(i) + bars.low(i) + bars.close(i)) / 4;
            o[i] = i == 0 ? (bars.open(i) + bars.close(i)) / 2 : (o[i - 1] + c[i - 1]) / 2;
            h[i] = Math.max(bars.high(i), Math.max(o[i], c[i]));
            l[i] = Math.min(bars.low(i), Math.min(o[i], c[i]));
        }
        return BarSeries.of(bars.symbol(), bars.timeframe(), bars.times(), o, h, l, c, bars.volumes());
    }

    /** The bars supplied for {@code symbol} (same matching as {@link #series}), or null. */
    static BarSeries supplied(RunContext base, String symbol) {
        Map<String, BarSeries> supplied = base.options.securities();
        BarSeries s = supplied.get(symbol);
        if (s == null) {
            String ticker = ticker(symbol);
            for (Map.Entry<String, BarSeries> e : supplied.entrySet()) {
                if (ticker(e.getKey()).equalsIgnoreCase(ticker)) {
                    s = e.getValue();
                }
            }
        }
        return s;
    }

    /** The timeframe a request names: empty or na is the chart's; an invalid one is an error naming it. */
    static Timeframe timeframe(String text, BarSeries chart, String function, SourceRange pos) {
        if (text == null || text.isEmpty()) {
            return chart.timeframe();
        }
        try {
            return Timeframe.parse(text);
        } catch (IllegalArgumentException e) {
            throw new PineError(function + ": invalid timeframe \"" + text + "\": " + e.getMessage(), pos);
        }
    }

    /** {@code source} at timeframe {@code tf} (resampled up when its bars are shorter). */
    static BarSeries at(BarSeries source, Timeframe tf, String symbol, String function, SourceRange pos) {
        if (source.timeframe() == tf) {
            return source;
        }
        if (source.timeframe().durationMs() > tf.durationMs()) {
            throw new PineError(function + ": the bars of \"" + symbol + "\" are " + source.timeframe().pinePeriod()
                    + ", coarser than the requested timeframe " + tf.pinePeriod(), pos);
        }
        try {
            return Resampler.resample(source, tf);
        } catch (IllegalArgumentException e) {
            throw new PineError(function + ": " + e.getMessage(), pos);
        }
    }

    private static String ticker(String symbol) {
        int colon = symbol.indexOf(':');
        return colon < 0 ? symbol : symbol.substring(colon + 1);
    }
}
