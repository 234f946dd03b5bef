package org.exhaustionlab.validation.stats;

/**
 * One drawdown: from a running peak, down to its trough, and back to (at least) the peak's equity.
 *
 * @param peakTime      time of the peak the drawdown starts from
 * @param troughTime    time of the lowest equity before recovery
 * @param recoveryTime  first time equity is back at or above the peak; {@code -1} when it never recovered
 * @param depthFraction (peak − trough) / peak, e.g. 0.2 for a 20 % drawdown
 * @param depthValue    peak − trough in account currency
 */
public record DrawdownEpisode(long peakTime, long troughTime, long recoveryTime, double depthFraction, double depthValue) {

    public boolean recovered() {
        return recoveryTime >= 0;
    }

    /** Peak to recovery, or peak to {@code endOfData} while still under water. */
    public long durationMillis(long endOfData) {
        return (recovered() ? recoveryTime : endOfData) - peakTime;
    }

    /** Trough to recovery, or trough to {@code endOfData} while still under water. */
    public long recoveryMillis(long endOfData) {
        return (recovered() ? recoveryTime : endOfData) - troughTime;
    }
}
