package org.exhaustionlab.market.synthetic;

/**
 * Intraday and weekly activity profile of crypto markets (UTC): quiet around 04:00-07:00, busiest when US markets open
 * (13:00-16:00), about a third less on Saturdays and Sundays. Scales volume directly and volatility by its square
 * root.
 */
final class Seasonality {

    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 24 * HOUR_MS;
    private static final double WEEKEND = 0.65;
    private static final double[] HOURLY = normalised(new double[] {1.05, 1.0, 0.9, 0.8, 0.72, 0.68, 0.72, 0.8,
            0.9, 0.95, 1.0, 1.0, 1.05, 1.2, 1.4, 1.45, 1.3, 1.15, 1.05, 1.0, 0.95, 0.95, 1.0, 1.05});
    /** Average over a whole week; the hourly profile averages to 1 over a day. */
    private static final double WEEK_AVERAGE = (5 + 2 * WEEKEND) / 7;

    private Seasonality() {
    }

    /** Activity factor at one instant. */
    static double at(long timeMs) {
        long day = Math.floorDiv(timeMs, DAY_MS);
        int hour = (int) (Math.floorMod(timeMs, DAY_MS) / HOUR_MS);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L); // 0 = Monday; 1970-01-01 was a Thursday
        return HOURLY[hour] * (dayOfWeek >= 5 ? WEEKEND : 1.0);
    }

    /** Average activity over a bar {@code [openMs, openMs + durationMs)}. */
    static double over(long openMs, long durationMs) {
        if (durationMs <= HOUR_MS) {
            return at(openMs);
        }
        if (durationMs >= 7 * DAY_MS) {
            return WEEK_AVERAGE;
        }
        long hours = durationMs / HOUR_MS;
        double sum = 0;
        for (long h = 0; h < hours; h++) {
            sum += at(openMs + h * HOUR_MS);
        }
        return sum / hours;
    }

    private static double[] normalised(double[] profile) {
        double sum = 0;
        for (double p : profile) {
            sum += p;
        }
        double mean = sum / profile.length;
        double[] result = new double[profile.length];
        for (int i = 0; i < profile.length; i++) {
            result[i] = profile[i] / mean;
        }
        return result;
    }
}
