package org.exhaustionlab.store;

import java.util.List;

/**
 * Summary of one cached series.
 *
 * @param barCount    bars stored
 * @param firstTimeMs open time of the oldest stored bar ({@code Long.MIN_VALUE} if none)
 * @param lastTimeMs  open time of the newest stored bar ({@code Long.MIN_VALUE} if none)
 * @param coverage    time ranges known to be complete (fetched), oldest first
 */
public record SeriesInfo(SeriesKey key, long barCount, long firstTimeMs, long lastTimeMs, List<TimeRange> coverage) {

    public SeriesInfo {
        coverage = List.copyOf(coverage);
    }
}
