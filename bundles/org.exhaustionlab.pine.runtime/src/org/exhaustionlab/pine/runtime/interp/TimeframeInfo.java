package org.exhaustionlab.pine.runtime.interp;

import java.time.Instant;
import java.time.ZoneId;
import org.exhaustionlab.market.Timeframe;

/** timeframe.* answers derived from the market Timeframe. */
final class TimeframeInfo {
    private TimeframeInfo() {
    }

    static long multiplier(Timeframe tf) {
        String p = tf.pinePeriod();
        String digits = p.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 1 : Long.parseLong(digits);
    }

    static boolean is(String name, Timeframe tf) {
        String p = tf.pinePeriod();
        boolean seconds = p.endsWith("S");
        boolean daily = p.endsWith("D");
        boolean weekly = p.endsWith("W");
        boolean monthly = p.endsWith("M");
        boolean minutes = !seconds && !daily && !weekly && !monthly;
        return switch (name) {
            case "timeframe.isintraday" -> minutes || seconds;
            case "timeframe.isminutes" -> minutes;
            case "timeframe.isseconds" -> seconds;
            case "timeframe.isdaily" -> daily;
            case "timeframe.isweekly" -> weekly;
            case "timeframe.ismonthly" -> monthly;
            case "timeframe.isdwm" -> daily || weekly || monthly;
            default -> false;
        };
    }

    static boolean newDay(long previous, long current, String zone) {
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (RuntimeException e) {
            z = ZoneId.of("UTC");
        }
        return !Instant.ofEpochMilli(previous).atZone(z).toLocalDate()
                .equals(Instant.ofEpochMilli(current).atZone(z).toLocalDate());
    }
}
