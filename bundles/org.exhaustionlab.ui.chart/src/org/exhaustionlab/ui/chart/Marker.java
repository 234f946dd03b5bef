package org.exhaustionlab.ui.chart;

/** A shape on one bar, above its high or below its low, e.g. the L1/L2/L3 exhaustion markers. */
public record Marker(int barIndex, Position position, Shape shape, int color, String text) {

    public enum Position {
        ABOVE_BAR, BELOW_BAR
    }

    public enum Shape {
        DIAMOND, XCROSS, FLAG, TRIANGLE_UP, TRIANGLE_DOWN, CIRCLE, ARROW_UP, ARROW_DOWN
    }
}
