package org.exhaustionlab.validation;

/** Calendar constants shared by the annualisation code. */
public final class TimeUnits {
    public static final double MILLIS_PER_DAY = 86_400_000.0;
    /** Julian year: crypto markets trade every calendar day. */
    public static final double MILLIS_PER_YEAR = 365.25 * MILLIS_PER_DAY;

    private TimeUnits() {
    }
}
