package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.pvi} (positive volume index), see {@link VolumeIndex}. */
public final class Pvi {
    private final VolumeIndex index = new VolumeIndex(true);

    public double next(double close, double volume) {
        return index.next(close, volume);
    }
}
