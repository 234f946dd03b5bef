package org.exhaustionlab.validation.report;

import java.util.Locale;

/** The report's colours, shared by the CSS and the SVG charts so both look like one document. */
final class Palette {
    static final String INK = "#1f2933";
    static final String MUTED = "#616e7c";
    static final String GRID = "#e4e7eb";
    static final String AXIS = "#9aa5b1";
    static final String BLUE = "#1f5fa8";
    static final String GREEN = "#1e8449";
    static final String RED = "#c0392b";
    static final String AMBER = "#b9770e";
    static final String EMPTY_CELL = "#f5f7fa";
    /** Light tints of BLUE and RED for areas under lines (solid colours: some SVG renderers ignore opacity). */
    static final String BLUE_TINT = "#dfe8f3";
    static final String RED_TINT = "#f5dcd9";

    private static final int[] BASE = {248, 249, 250};
    private static final int[] GREEN_RGB = {30, 132, 73};
    private static final int[] RED_RGB = {192, 57, 43};

    private Palette() {
    }

    /** Green for gains, red for losses, stronger with |value| / scale (clamped to 1). */
    static String diverging(double value, double scale) {
        double t = Math.min(1, Math.abs(value) / scale);
        t = value == 0 ? 0 : 0.12 + 0.88 * t;
        int[] target = value >= 0 ? GREEN_RGB : RED_RGB;
        int r = (int) Math.round(BASE[0] + (target[0] - BASE[0]) * t);
        int g = (int) Math.round(BASE[1] + (target[1] - BASE[1]) * t);
        int b = (int) Math.round(BASE[2] + (target[2] - BASE[2]) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Dark text on light cells, white text on strong cells. */
    static String textOn(double value, double scale) {
        return Math.abs(value) / scale > 0.55 ? "#ffffff" : INK;
    }
}
