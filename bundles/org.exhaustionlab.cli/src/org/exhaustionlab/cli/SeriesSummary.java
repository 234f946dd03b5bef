package org.exhaustionlab.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.exhaustionlab.market.BarSeries;

/** The few numbers that tell a trader what a bar series is: span, price move, volatility and deepest fall. */
record SeriesSummary(String symbol, String timeframe, int bars, long firstTime, long lastTime, double firstClose,
        double lastClose, double low, double high, double annualVolatility, double maxDrawdown, double volume) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final double YEAR_MS = 365.25 * 86_400_000d;

    static SeriesSummary of(BarSeries series) {
        int n = series.size();
        if (n == 0) {
            return new SeriesSummary(series.symbol().name(), series.timeframe().code(), 0, 0, 0, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] close = series.closes();
        double[] high = series.highs();
        double[] low = series.lows();
        double[] volume = series.volumes();
        double sum = 0, sumSq = 0, peak = close[0], maxDd = 0, lo = low[0], hi = high[0], vol = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                double r = Math.log(close[i] / close[i - 1]);
                sum += r;
                sumSq += r * r;
            }
            peak = Math.max(peak, close[i]);
            maxDd = Math.max(maxDd, 1 - close[i] / peak);
            lo = Math.min(lo, low[i]);
            hi = Math.max(hi, high[i]);
            vol += volume[i];
        }
        double annualVol = Double.NaN;
        if (n > 2) {
            double mean = sum / (n - 1);
            double variance = (sumSq - (n - 1) * mean * mean) / (n - 2);
            double barsPerYear = YEAR_MS / series.timeframe().durationMs();
            annualVol = Math.sqrt(Math.max(variance, 0) * barsPerYear);
        }
        return new SeriesSummary(series.symbol().name(), series.timeframe().code(), n, series.firstTime(),
                series.lastTime(), close[0], close[n - 1], lo, hi, annualVol, maxDd, vol);
    }

    double changePercent() {
        return (lastClose / firstClose - 1) * 100;
    }

    static String time(long epochMs) {
        return TIME.format(Instant.ofEpochMilli(epochMs));
    }

    static String header() {
        return String.format(Locale.ROOT, "%-10s %-4s %9s  %-17s  %-17s %12s %12s %8s %8s %8s", "symbol", "tf",
                "bars", "from", "to", "first", "last", "change", "vol/yr", "max dd");
    }

    String row() {
        if (bars == 0) {
            return String.format(Locale.ROOT, "%-10s %-4s %9d  (no bars)", symbol, timeframe, bars);
        }
        return String.format(Locale.ROOT, "%-10s %-4s %,9d  %-17s  %-17s %12s %12s %+7.2f%% %7.1f%% %7.1f%%", symbol,
                timeframe, bars, time(firstTime), time(lastTime), price(firstClose), price(lastClose),
                changePercent(), annualVolatility * 100, maxDrawdown * 100);
    }

    private static String price(double p) {
        return p >= 100 ? String.format(Locale.ROOT, "%,.2f", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
