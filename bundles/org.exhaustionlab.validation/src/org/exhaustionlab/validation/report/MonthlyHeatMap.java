package org.exhaustionlab.validation.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.exhaustionlab.validation.stats.MonthlyReturn;

/** Monthly returns as a years × months grid, green for gains and red for losses, the value printed in each cell. */
final class MonthlyHeatMap {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int LABEL_W = 52;
    private static final int CELL_W = 62;
    private static final int CELL_H = 28;
    private static final int HEADER_H = 24;

    private MonthlyHeatMap() {
    }

    static String draw(List<MonthlyReturn> months) {
        Map<Integer, Double[]> byYear = new TreeMap<>();
        double scale = 0.01;
        for (MonthlyReturn m : months) {
            YearMonth ym = m.month();
            byYear.computeIfAbsent(ym.getYear(), y -> new Double[12])[ym.getMonthValue() - 1] = m.returnFraction();
            scale = Math.max(scale, Math.abs(m.returnFraction()));
        }
        int width = LABEL_W + 13 * CELL_W + 4;
        int height = HEADER_H + Math.max(1, byYear.size()) * CELL_H + 4;
        Svg svg = new Svg(width, height, "Monthly returns");
        for (int c = 0; c < 13; c++) {
            svg.text(LABEL_W + c * CELL_W + CELL_W / 2.0, 16, "middle", Palette.MUTED, "600", c < 12 ? MONTHS[c] : "Year");
        }
        int row = 0;
        for (Map.Entry<Integer, Double[]> e : byYear.entrySet()) {
            double y = HEADER_H + row * CELL_H;
            svg.text(LABEL_W - 8, y + CELL_H / 2.0 + 4, "end", Palette.INK, "600", Integer.toString(e.getKey()));
            double growth = 1;
            for (int c = 0; c < 12; c++) {
                Double v = e.getValue()[c];
                double x = LABEL_W + c * CELL_W;
                if (v == null) {
                    svg.rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, Palette.EMPTY_CELL, e.getKey() + "-" + MONTHS[c] + ": no data");
                    continue;
                }
                growth *= 1 + v;
                svg.rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, Palette.diverging(v, scale), e.getKey() + " " + MONTHS[c] + ": " + Text.signedPct(v, 2));
                svg.text(x + CELL_W / 2.0, y + CELL_H / 2.0 + 4, "middle", Palette.textOn(v, scale), null, Text.signedPct(v, 1));
            }
            double year = growth - 1;
            double x = LABEL_W + 12 * CELL_W;
            double yearScale = Math.max(scale, Math.abs(year));
            svg.rect(x + 3, y + 1, CELL_W - 4, CELL_H - 2, Palette.diverging(year, yearScale), e.getKey() + ": " + Text.signedPct(year, 2));
            svg.text(x + CELL_W / 2.0 + 1, y + CELL_H / 2.0 + 4, "middle", Palette.textOn(year, yearScale), "600", Text.signedPct(year, 1));
            row++;
        }
        return svg.build();
    }
}
