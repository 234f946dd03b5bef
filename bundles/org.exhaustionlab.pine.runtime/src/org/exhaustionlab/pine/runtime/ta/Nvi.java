package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.nvi} (negative volume index), see {@link VolumeIndex}. */
public final class Nvi {
    private final VolumeIndex index = new VolumeIndex(false);

    public double next(double close, double volume) {
        return index.next(close, volume);
    }
}
