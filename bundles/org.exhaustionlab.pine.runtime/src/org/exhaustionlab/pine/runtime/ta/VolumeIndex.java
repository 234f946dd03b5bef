package org.exhaustionlab.pine.runtime.ta;

/**
 * Shared machine of ta.nvi and ta.pvi, the reference's documented Pine code: the previous index (1 when it is na or
 * 0) grows by the close's percent change on a bar whose volume is below (nvi) / above (pvi) nz(volume[1]); it stays
 * when nz(close) or nz(close[1]) is 0. iii+nvi+obv.csv: nvi is 1 on bar 0.
 */
final class VolumeIndex {
    private final boolean positive;
    private double previousClose = Double.NaN;
    private double previousVolume = Double.NaN;
    private double index = Double.NaN;

    VolumeIndex(boolean positive) {
        this.positive = positive;
    }

    double next(double close, double volume) {
        double previous = TaMath.nz(index) == 0.0 ? 1.0 : index;
        if (TaMath.nz(close) == 0.0 || TaMath.nz(previousClose) == 0.0) {
            index = previous;
        } else {
            double priorVolume = TaMath.nz(previousVolume);
            boolean triggered = positive ? volume > priorVolume : volume < priorVolume;
            index = triggered ? previous + (close - previousClose) / previousClose * previous : previous;
        }
        previousClose = close;
        previousVolume = volume;
        return index;
    }
}
