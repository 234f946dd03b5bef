package org.exhaustionlab.ui.chart;

import java.util.Arrays;
import java.util.List;

/**
 * A script's drawings over the price: lines, boxes and labels, a background colour per bar (Pine's bgcolor) and a
 * candle colour per bar (barcolor). Colours are ARGB; 0 in {@code background} or {@code barColors} means none for
 * that bar. The arrays are null when the script set none, else one entry per bar.
 */
public record ChartDrawings(List<Drawing> objects, int[] background, int[] barColors) {

    public static final ChartDrawings NONE = new ChartDrawings(List.of(), null, null);

    public ChartDrawings {
        objects = List.copyOf(objects);
    }

    public boolean isEmpty() {
        return objects.isEmpty() && background == null && barColors == null;
    }

    /** The background colour of bar {@code i} (0 = none). */
    public int backgroundAt(int i) {
        return background == null || i >= background.length ? 0 : background[i];
    }

    /** The candle colour override of bar {@code i} (0 = the usual up/down colour). */
    public int barColorAt(int i) {
        return barColors == null || i >= barColors.length ? 0 : barColors[i];
    }

    /** Counts the objects of one kind. */
    public long count(Drawing.Kind kind) {
        return objects.stream().filter(d -> d.kind() == kind).count();
    }

    ChartDrawings grownBy(int extra) {
        return new ChartDrawings(objects, background == null ? null : Arrays.copyOf(background,
                background.length + extra), barColors == null ? null : Arrays.copyOf(barColors,
                        barColors.length + extra));
    }

    void requireLength(int bars) {
        if ((background != null && background.length != bars) || (barColors != null && barColors.length != bars)) {
            throw new IllegalArgumentException("bgcolor/barcolor need one colour per bar, " + bars + " bars");
        }
    }
}
