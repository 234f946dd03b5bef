package org.exhaustionlab.ui.chart.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.exhaustionlab.ui.chart.Marker;

/** The marker shapes, centred on (x, y). */
final class MarkerPainter {

    private MarkerPainter() {
    }

    static void paint(GC gc, Color color, Marker.Shape shape, int x, int y, int size) {
        gc.setBackground(color);
        gc.setForeground(color);
        int r = size / 2;
        switch (shape) {
        case DIAMOND:
            gc.fillPolygon(new int[] { x, y - r, x + r, y, x, y + r, x - r, y });
            break;
        case XCROSS:
            gc.setLineWidth(2);
            gc.drawLine(x - r, y - r, x + r, y + r);
            gc.drawLine(x - r, y + r, x + r, y - r);
            gc.setLineWidth(1);
            break;
        case FLAG:
            gc.drawLine(x - r, y - r, x - r, y + r);
            gc.fillPolygon(new int[] { x - r, y - r, x + r, y - r / 2, x - r, y });
            break;
        case TRIANGLE_UP:
        case ARROW_UP:
            gc.fillPolygon(new int[] { x, y - r, x + r, y + r, x - r, y + r });
            break;
        case TRIANGLE_DOWN:
        case ARROW_DOWN:
            gc.fillPolygon(new int[] { x - r, y - r, x + r, y - r, x, y + r });
            break;
        default:
            gc.fillOval(x - r, y - r, size, size);
        }
    }
}
