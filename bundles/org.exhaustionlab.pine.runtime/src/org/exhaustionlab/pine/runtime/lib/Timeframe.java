package org.exhaustionlab.pine.runtime.lib;

/**
 * A parsed Pine timeframe string: "1S"/"30S" seconds, "1".."1440" minutes, "D"/"1D"/"3D", "W"/"1W", "M"/"1M"/"3M"/"12M",
 * "1T" ticks. The helpers are {@code timeframe.*}: multiplier, isseconds, isminutes, isintraday, isdaily, isweekly,
 * ismonthly, isdwm, isticks, in_seconds, from_seconds.
 */
public record Timeframe(Unit unit, int multiplier) {
    /** Timeframe units. */
    public enum Unit { TICKS, SECONDS, MINUTES, DAYS, WEEKS, MONTHS }

    /** Seconds of a month as timeframe.in_seconds counts them (TradingView reference: in_seconds("1M") = 2628003). */
    public static final long MONTH_SECONDS = 2_628_003L;

    public Timeframe {
        if (multiplier < 1) {
            throw new PineRuntimeError("invalid timeframe: the multiplier must be at least 1, got " + multiplier);
        }
    }

    /** Parses a timeframe string; throws PineRuntimeError for an invalid one. */
    public static Timeframe parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PineRuntimeError("invalid timeframe: empty string");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        char last = t.charAt(t.length() - 1);
        Unit unit;
        String digits;
        if (Character.isDigit(last)) {
            unit = Unit.MINUTES;
            digits = t;
        } else {
            switch (last) {
                case 'S': unit = Unit.SECONDS; break;
                case 'D': unit = Unit.DAYS; break;
                case 'W': unit = Unit.WEEKS; break;
                case 'M': unit = Unit.MONTHS; break;
                case 'T': unit = Unit.TICKS; break;
                case 'H': unit = Unit.MINUTES; break; // "4H" = "240" (accepted by newer TradingView versions)
                default: throw new PineRuntimeError("invalid timeframe \"" + text + "\"");
            }
            digits = t.substring(0, t.length() - 1);
        }
        int m;
        if (digits.isEmpty()) {
            m = 1;
        } else {
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
                throw new PineRuntimeError("invalid timeframe \"" + text + "\"");
            }
            m = Integer.parseInt(digits);
        }
        if (last == 'H') {
            m *= 60;
        }
        return new Timeframe(unit, m);
    }

    public boolean isSeconds() {
        return unit == Unit.SECONDS;
    }

    public boolean isMinutes() {
        return unit == Unit.MINUTES;
    }

    public boolean isIntraday() {
        return unit == Unit.SECONDS || unit == Unit.MINUTES || unit == Unit.TICKS;
    }

    public boolean isDaily() {
        return unit == Unit.DAYS;
    }

    public boolean isWeekly() {
        return unit == Unit.WEEKS;
    }

    public boolean isMonthly() {
        return unit == Unit.MONTHS;
    }

    public boolean isDwm() {
        return isDaily() || isWeekly() || isMonthly();
    }

    public boolean isTicks() {
        return unit == Unit.TICKS;
    }

    /** timeframe.in_seconds; ticks have no duration (error). */
    public long inSeconds() {
        switch (unit) {
            case SECONDS: return multiplier;
            case MINUTES: return multiplier * 60L;
            case DAYS: return multiplier * 86_400L;
            case WEEKS: return multiplier * 604_800L;
            case MONTHS: return multiplier * MONTH_SECONDS;
            default: throw new PineRuntimeError("timeframe.in_seconds: tick timeframes have no duration");
        }
    }

    /** The canonical Pine text: "30S", "60", "1D", "1W", "3M", "1T". */
    public String text() {
        switch (unit) {
            case SECONDS: return multiplier + "S";
            case MINUTES: return Integer.toString(multiplier);
            case DAYS: return multiplier + "D";
            case WEEKS: return multiplier + "W";
            case MONTHS: return multiplier + "M";
            default: return multiplier + "T";
        }
    }

    /**
     * timeframe.from_seconds: the largest unit that divides the seconds exactly (months of {@link #MONTH_SECONDS},
     * weeks, days, minutes), else seconds: 60 = "1", 3600 = "60", 86400 = "1D", 604800 = "1W", 90 = "90S".
     */
    public static String fromSeconds(long seconds) {
        if (seconds == Na.INT || seconds < 1) {
            throw new PineRuntimeError("timeframe.from_seconds: seconds must be at least 1, got "
                    + (seconds == Na.INT ? "na" : seconds));
        }
        if (seconds % MONTH_SECONDS == 0) {
            return seconds / MONTH_SECONDS + "M";
        }
        if (seconds % 604_800 == 0) {
            return seconds / 604_800 + "W";
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "D";
        }
        if (seconds % 60 == 0) {
            return Long.toString(seconds / 60);
        }
        return seconds + "S";
    }
}
