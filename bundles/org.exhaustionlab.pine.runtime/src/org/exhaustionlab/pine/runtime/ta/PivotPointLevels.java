package org.exhaustionlab.pine.runtime.ta;

import java.util.Arrays;

/**
 * {@code ta.pivot_point_levels(type, anchor, developing)}: the levels {@code [P, R1, S1, R2, S2, R3, S3, R4, S4, R5,
 * S5]} of TradingView's "Pivot Points Standard" types, computed from the high, low and close of a period that runs
 * from one {@code anchor} bar to the bar before the next. Without {@code developing} the levels come from the last
 * COMPLETED period and change only on anchor bars (all na until a first period has completed); with it they come from
 * the current period so far and change on every bar. Levels a type does not define are na. Woodie and DM also use the
 * open: Woodie the open of the current period (its first bar), DM the open of the period the levels are computed from.
 */
public final class PivotPointLevels {
    public static final int COUNT = 11;
    private static final double[] ALL_NA = nas();

    /** The supported type names, as TradingView spells them. */
    public enum Type {
        TRADITIONAL("Traditional"), FIBONACCI("Fibonacci"), WOODIE("Woodie"), CLASSIC("Classic"), DM("DM"),
        CAMARILLA("Camarilla");

        final String title;

        Type(String title) {
            this.title = title;
        }

        /** The type with this name, or null. */
        public static Type of(String name) {
            for (Type t : values()) {
                if (t.title.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    private boolean started;
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private double close = Double.NaN;
    private double[] completed = ALL_NA;

    /** Advances one bar and returns the levels in force on it (a fresh array the caller may keep). */
    public double[] next(Type type, boolean anchor, boolean developing, double o, double h, double l, double c) {
        if (anchor) {
            if (started) {
                completed = levels(type, open, high, low, close, o);
            }
            started = true;
            open = o;
            high = h;
            low = l;
            close = c;
        } else if (started) {
            high = Double.isNaN(high) || h > high ? h : high;
            low = Double.isNaN(low) || l < low ? l : low;
            close = Double.isNaN(c) ? close : c;
        }
        if (developing) {
            return started ? levels(type, open, high, low, close, open) : ALL_NA.clone();
        }
        return completed.clone();
    }

    /** The levels of a period with open o, high h, low l and close c; {@code nextOpen} is the following period's open. */
    static double[] levels(Type type, double o, double h, double l, double c, double nextOpen) {
        double[] v = nas();
        double range = h - l;
        double p = (h + l + c) / 3;
        switch (type) {
            case TRADITIONAL -> {
                set(v, p, 2 * p - l, 2 * p - h, p + range, p - range);
                v[5] = p * 2 + (h - 2 * l);
                v[6] = p * 2 - (2 * h - l);
                v[7] = p * 3 + (h - 3 * l);
                v[8] = p * 3 - (3 * h - l);
                v[9] = p * 4 + (h - 4 * l);
                v[10] = p * 4 - (4 * h - l);
            }
            case FIBONACCI -> {
                set(v, p, p + 0.382 * range, p - 0.382 * range, p + 0.618 * range, p - 0.618 * range);
                v[5] = p + range;
                v[6] = p - range;
            }
            case WOODIE -> {
                double w = (h + l + 2 * nextOpen) / 4;
                set(v, w, 2 * w - l, 2 * w - h, w + range, w - range);
                v[5] = h + 2 * (w - l);
                v[6] = l - 2 * (h - w);
                v[7] = v[5] + range;
                v[8] = v[6] - range;
            }
            case CLASSIC -> {
                set(v, p, 2 * p - l, 2 * p - h, p + range, p - range);
                v[5] = p + 2 * range;
                v[6] = p - 2 * range;
                v[7] = p + 3 * range;
                v[8] = p - 3 * range;
            }
            case DM -> {
                double x = c < o ? h + 2 * l + c : c > o ? 2 * h + l + c : h + l + 2 * c;
                v[0] = x / 4;
                v[1] = x / 2 - l;
                v[2] = x / 2 - h;
            }
            case CAMARILLA -> {
                double k = 1.1 * range;
                set(v, p, c + k / 12, c - k / 12, c + k / 6, c - k / 6);
                v[5] = c + k / 4;
                v[6] = c - k / 4;
                v[7] = c + k / 2;
                v[8] = c - k / 2;
                v[9] = h / l * c;
                v[10] = c - (v[9] - c);
            }
            default -> throw new IllegalStateException(type.name());
        }
        return v;
    }

    private static void set(double[] v, double p, double r1, double s1, double r2, double s2) {
        v[0] = p;
        v[1] = r1;
        v[2] = s1;
        v[3] = r2;
        v[4] = s2;
    }

    private static double[] nas() {
        double[] v = new double[COUNT];
        Arrays.fill(v, Double.NaN);
        return v;
    }
}
