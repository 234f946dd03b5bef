package org.exhaustionlab.market.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's series show the stylised facts of real crypto markets, measured on the data itself (not on the
 * generator's internals). Where a fact is "more than chance", the baseline is the same returns shuffled, which keeps
 * their distribution but destroys all serial structure.
 */
class StylisedFactsTest {

    private static final int BARS = 300_000; // about 208 days of minutes
    private static final int DAY = 1440;

    private static BarSeries btc;
    private static double[] returns;
    private static double[] shuffled;

    @BeforeAll
    static void generate() {
        btc = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, DemoMarketTest.START, BARS, 2024);
        double[] close = btc.closes();
        returns = new double[close.length - 1];
        for (int i = 1; i < close.length; i++) {
            returns[i - 1] = Math.log(close[i] / close[i - 1]);
        }
        shuffled = returns.clone();
        SplittableRandom random = new SplittableRandom(99);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
    }

    @Test
    void returnsHaveFatTails() {
        double mean = mean(returns);
        double m2 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= returns.length;
        m4 /= returns.length;
        double kurtosis = m4 / (m2 * m2);
        assertTrue(kurtosis > 4, "kurtosis " + kurtosis + " (normal: 3)");
    }

    @Test
    void volatilityClusters() {
        double[] absolute = new double[returns.length];
        double[] absoluteShuffled = new double[returns.length];
        for (int i = 0; i < returns.length; i++) {
            absolute[i] = Math.abs(returns[i]);
            absoluteShuffled[i] = Math.abs(shuffled[i]);
        }
        for (int lag = 1; lag <= 10; lag++) {
            double clustered = autocorrelation(absolute, lag);
            double chance = autocorrelation(absoluteShuffled, lag);
            assertTrue(clustered > 0.05, "autocorrelation of |r| at lag " + lag + ": " + clustered);
            assertTrue(Math.abs(chance) < 0.01, "shuffled baseline at lag " + lag + ": " + chance);
        }
        // calm and busy spells last minutes to hours (GARCH), on top of the slower hour-of-day and regime effects
        double burst = autocorrelation(absolute, 1) - autocorrelation(absolute, 240);
        assertTrue(burst > 0.05, "|r| autocorrelation hardly decays from lag 1 to lag 240: " + burst);
        // plain returns stay (nearly) uncorrelated: no free lunch at lag 1
        assertTrue(Math.abs(autocorrelation(returns, 1)) < 0.05, "lag-1 autocorrelation of returns");
    }

    @Test
    void volumeFollowsTheClockAndDipsAtWeekends() {
        double[] byHour = new double[24];
        int[] count = new int[24];
        double weekday = 0;
        double weekend = 0;
        int weekdayBars = 0;
        int weekendBars = 0;
        for (int i = 0; i < btc.size(); i++) {
            long t = btc.time(i);
            int hour = (int) (Math.floorMod(t, 86_400_000L) / 3_600_000L);
            int dayOfWeek = (int) Math.floorMod(Math.floorDiv(t, 86_400_000L) + 3, 7L); // 0 = Monday
            byHour[hour] += btc.volume(i);
            count[hour]++;
            if (dayOfWeek >= 5) {
                weekend += btc.volume(i);
                weekendBars++;
            } else {
                weekday += btc.volume(i);
                weekdayBars++;
            }
        }
        int busiest = 0;
        int quietest = 0;
        for (int h = 0; h < 24; h++) {
            byHour[h] /= count[h];
            busiest = byHour[h] > byHour[busiest] ? h : busiest;
            quietest = byHour[h] < byHour[quietest] ? h : quietest;
        }
        assertTrue(byHour[busiest] > 1.5 * byHour[quietest], "hourly volume is flat");
        assertTrue(busiest >= 12 && busiest <= 17, "busiest hour " + busiest + " UTC");
        assertTrue(quietest >= 2 && quietest <= 8, "quietest hour " + quietest + " UTC");
        assertTrue(weekend / weekendBars < 0.8 * weekday / weekdayBars, "no weekend dip");
    }

    @Test
    void volumeRisesWithTheSizeOfMoves() {
        double[] absolute = new double[returns.length];
        double[] volume = new double[returns.length];
        for (int i = 0; i < returns.length; i++) {
            absolute[i] = Math.abs(returns[i]);
            volume[i] = btc.volume(i + 1);
        }
        double correlation = correlation(absolute, volume);
        assertTrue(correlation > 0.2, "corr(|r|, volume) = " + correlation);
    }

    @Test
    void trendingAndRangingStretchesBothExist() {
        // trending: days whose net move is large against that day's realised volatility. Trends are deliberately
        // modest (as in real markets, where a moving-average cross is no money machine), so the test asks for
        // clearly more such days than chance gives, not for a large share
        // trend regimes show as persistence that an hourly moving-average cross can follow over a year: it must do
        // better on the series than on the same returns shuffled (which destroys every regime), but not absurdly
        // well: on real markets such a cross is no money machine
        double[] year = logReturns(DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, DemoMarketTest.START,
                365 * DAY, 2024));
        double trend = maCrossEdge(year);
        double trendByChance = maCrossEdge(shuffle(year, 7));
        assertTrue(trend > trendByChance + 0.1, "hourly MA-cross log return over a year " + trend + " vs "
                + trendByChance + " on shuffled returns");
        assertTrue(trend < 2.0, "an MA cross should not multiply money by e^" + trend + " in a year");
        // ranging: on days that go nowhere, 4-hour moves are smaller than 1-minute noise adds up to (mean reversion)
        double ranging = varianceRatioOfFlatDays(returns);
        double rangingByChance = varianceRatioOfFlatDays(shuffled);
        assertTrue(ranging < 0.9 * rangingByChance, "variance ratio of flat days " + ranging + " vs "
                + rangingByChance + " by chance");
    }

    @Test
    void priceStaysPositiveAndPlausibleOver100kBars() {
        for (String name : new String[] {"BTCUSDT", "ETHUSDT", "ADAUSDT", "SOLUSDT"}) {
            BarSeries s = DemoMarket.generate(name, Timeframe.MINUTE_1, DemoMarketTest.START, 100_000, 77);
            double start = s.open(0);
            for (int i = 0; i < s.size(); i++) {
                int bar = i;
                assertTrue(s.low(i) > 0.3 * start && s.high(i) < 3 * start,
                        () -> name + " left the plausible band at bar " + bar + ": " + s.bar(bar));
            }
        }
    }

    private static double[] logReturns(BarSeries s) {
        double[] close = s.closes();
        double[] r = new double[close.length - 1];
        for (int i = 1; i < close.length; i++) {
            r[i - 1] = Math.log(close[i] / close[i - 1]);
        }
        return r;
    }

    private static double[] shuffle(double[] values, long seed) {
        double[] out = values.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Log return of a long/short SMA(20)/SMA(60) cross on hourly closes rebuilt from 1-minute log returns. */
    private static double maCrossEdge(double[] r) {
        int hours = r.length / 60;
        double[] logClose = new double[hours];
        double level = 0;
        for (int h = 0; h < hours; h++) {
            for (int i = h * 60; i < (h + 1) * 60; i++) {
                level += r[i];
            }
            logClose[h] = level;
        }
        double total = 0;
        for (int h = 60; h < hours; h++) {
            double fast = 0;
            double slow = 0;
            for (int k = 1; k <= 60; k++) {
                slow += logClose[h - k];
                if (k <= 20) {
                    fast += logClose[h - k];
                }
            }
            double position = fast / 20 > slow / 60 ? 1 : -1;
            total += position * (logClose[h] - logClose[h - 1]);
        }
        return total;
    }

    private interface ZTest {
        boolean test(double z);
    }

    /** Share of whole days whose net return divided by realised volatility passes {@code test}. */
    private static double fractionOfDays(double[] r, ZTest test) {
        int days = 0;
        int passed = 0;
        for (int start = 0; start + DAY <= r.length; start += DAY) {
            days++;
            if (test.test(dayZ(r, start))) {
                passed++;
            }
        }
        return (double) passed / days;
    }

    /** Over days with |z| &lt; 0.5: variance of 4-hour returns over variance of 1-minute returns, pooled. */
    private static double varianceRatioOfFlatDays(double[] r) {
        double blockVariance = 0;
        double minuteVariance = 0;
        int block = 240;
        for (int start = 0; start + DAY <= r.length; start += DAY) {
            if (Math.abs(dayZ(r, start)) >= 0.5) {
                continue;
            }
            for (int b = start; b < start + DAY; b += block) {
                double sum = 0;
                for (int k = b; k < b + block; k++) {
                    sum += r[k];
                    minuteVariance += r[k] * r[k];
                }
                blockVariance += sum * sum;
            }
        }
        return blockVariance / minuteVariance;
    }

    private static double dayZ(double[] r, int start) {
        double net = 0;
        double squares = 0;
        for (int k = start; k < start + DAY; k++) {
            net += r[k];
            squares += r[k] * r[k];
        }
        return net / Math.sqrt(squares);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double autocorrelation(double[] x, int lag) {
        double mean = mean(x);
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mean;
            denominator += d * d;
            if (i >= lag) {
                numerator += d * (x[i - lag] - mean);
            }
        }
        return numerator / denominator;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
