package org.exhaustionlab.validation.stats;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TimeUnits;

/**
 * Drawdown analysis of an equity curve: the episodes below a running peak and the summary figures built on them.
 *
 * <p>Recovery time is measured trough → recovery (how long the strategy needs to climb back), averaged over all
 * episodes. An episode still open at the end of the data counts with its time so far, as a lower bound: leaving it
 * out would make a strategy that never recovers look like one that recovers instantly.
 */
public final class Drawdowns {
    private final List<DrawdownEpisode> episodes;
    private final double ulcerIndex;
    private final long startTime;
    private final long endTime;

    private Drawdowns(List<DrawdownEpisode> episodes, double ulcerIndex, long startTime, long endTime) {
        this.episodes = List.copyOf(episodes);
        this.ulcerIndex = ulcerIndex;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public static Drawdowns of(EquityCurve curve) {
        if (curve.size() < 1) {
            throw new IllegalArgumentException("drawdown analysis needs a non-empty equity curve");
        }
        List<DrawdownEpisode> found = new ArrayList<>();
        double peak = curve.equityAt(0);
        long peakTime = curve.timeAt(0);
        double trough = peak;
        long troughTime = peakTime;
        boolean underWater = false;
        double sumSquaredPct = 0;
        for (int i = 0; i < curve.size(); i++) {
            double e = curve.equityAt(i);
            long t = curve.timeAt(i);
            if (e >= peak) {
                if (underWater) {
                    found.add(new DrawdownEpisode(peakTime, troughTime, t, (peak - trough) / peak, peak - trough));
                    underWater = false;
                }
                peak = e;
                peakTime = t;
                trough = e;
                troughTime = t;
            } else {
                underWater = true;
                if (e < trough) {
                    trough = e;
                    troughTime = t;
                }
            }
            double ddPct = 100.0 * (peak - e) / peak;
            sumSquaredPct += ddPct * ddPct;
        }
        if (underWater) {
            found.add(new DrawdownEpisode(peakTime, troughTime, -1, (peak - trough) / peak, peak - trough));
        }
        long end = curve.timeAt(curve.size() - 1);
        return new Drawdowns(found, Math.sqrt(sumSquaredPct / curve.size()), curve.timeAt(0), end);
    }

    public List<DrawdownEpisode> episodes() {
        return episodes;
    }

    /** Deepest drawdown as a fraction of its peak (0.25 = 25 %); 0 for a curve that never falls. */
    public double maxDrawdownFraction() {
        return episodes.stream().mapToDouble(DrawdownEpisode::depthFraction).max().orElse(0);
    }

    /** Largest peak-to-trough loss in account currency (may belong to a different episode than the deepest %). */
    public double maxDrawdownValue() {
        return episodes.stream().mapToDouble(DrawdownEpisode::depthValue).max().orElse(0);
    }

    /** Longest time under water (peak to recovery, or to the end of the data if still under water). */
    public long maxDrawdownDurationMillis() {
        return episodes.stream().mapToLong(e -> e.durationMillis(endTime)).max().orElse(0);
    }

    /** Ulcer index in percent: √(mean of squared percentage drawdowns over every point). */
    public double ulcerIndex() {
        return ulcerIndex;
    }

    /** Average trough → recovery time in days over all episodes; 0 when there was no drawdown. */
    public double averageRecoveryDays() {
        return episodes.stream().mapToLong(e -> e.recoveryMillis(endTime)).average().orElse(0) / TimeUnits.MILLIS_PER_DAY;
    }

    /** Share of the curve's time span spent below a previous peak. */
    public double timeUnderWaterFraction() {
        if (endTime == startTime) {
            return 0;
        }
        long under = episodes.stream().mapToLong(e -> e.durationMillis(endTime)).sum();
        return under / (double) (endTime - startTime);
    }
}
