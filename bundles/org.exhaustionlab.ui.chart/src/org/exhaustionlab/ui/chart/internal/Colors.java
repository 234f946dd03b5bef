package org.exhaustionlab.ui.chart.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** SWT colours for ARGB ints, created once per viewer and disposed with it. */
final class Colors {

    static final int UP = 0xFF26A69A;
    static final int DOWN = 0xFFEF5350;
    static final int CROSSHAIR = 0xFF787B86;
    static final int TEXT = 0xFF131722;

    private final Display display;
    private final Map<Integer, Color> cache = new HashMap<>();

    Colors(Display display) {
        this.display = display;
    }

    Color get(int argb) {
        return cache.computeIfAbsent(argb & 0xFFFFFF, rgb -> new Color(display, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF,
                rgb & 0xFF));
    }

    void dispose() {
        cache.values().forEach(Color::dispose);
        cache.clear();
    }
}
