package org.exhaustionlab.validation.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.validation.EquityCurve;

/**
 * Calendar-month returns (UTC) of an equity curve, and the consistency figure derived from them.
 *
 * <p>A month's return is its last equity over the previous month's last equity − 1; the first month starts from
 * the curve's first point. Months without any point (gaps in the data) are skipped, not counted as 0 %.
 */
public final class MonthlyReturns {
    private MonthlyReturns() {
    }

    public static List<MonthlyReturn> table(EquityCurve curve) {
        List<MonthlyReturn> rows = new ArrayList<>();
        if (curve.size() < 2) {
            return rows;
        }
        double base = curve.equityAt(0);
        YearMonth current = monthOf(curve.timeAt(0));
        double lastInMonth = base;
        for (int i = 1; i < curve.size(); i++) {
            YearMonth m = monthOf(curve.timeAt(i));
            if (!m.equals(current)) {
                rows.add(new MonthlyReturn(current, lastInMonth / base - 1));
                base = lastInMonth;
                current = m;
            }
            lastInMonth = curve.equityAt(i);
        }
        rows.add(new MonthlyReturn(current, lastInMonth / base - 1));
        return rows;
    }

    /**
     * Consistency as the sample standard deviation of the monthly returns (0.12 = 12 % monthly volatility);
     * NaN with fewer than two months.
     */
    public static double monthlyVolatility(EquityCurve curve) {
        List<MonthlyReturn> rows = table(curve);
        if (rows.size() < 2) {
            return Double.NaN;
        }
        return Moments.stdev(rows.stream().mapToDouble(MonthlyReturn::returnFraction).toArray());
    }

    static YearMonth monthOf(long epochMillis) {
        return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }
}
