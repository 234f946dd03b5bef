package org.exhaustionlab.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time ranges of a series known to be complete: every bar the source had in them is stored. A range with no bars
 * (exchange downtime, no trading) is still covered once it was fetched, so it is not fetched again.
 * <p>
 * Ranges are disjoint, non-adjacent (touching ranges are merged), non-empty and sorted.
 */
public record Coverage(List<TimeRange> ranges) {

    public static final Coverage EMPTY = new Coverage(List.of());

    public Coverage {
        ranges = normalise(ranges);
    }

    /** This coverage plus {@code range}. */
    public Coverage plus(TimeRange range) {
        List<TimeRange> all = new ArrayList<>(ranges);
        all.add(range);
        return new Coverage(all);
    }

    /** The parts of {@code [fromMs, toMs)} not covered, oldest first. */
    public List<TimeRange> gaps(long fromMs, long toMs) {
        List<TimeRange> gaps = new ArrayList<>();
        long cursor = fromMs;
        for (TimeRange r : ranges) {
            if (r.toMs() <= cursor) {
                continue;
            }
            if (r.fromMs() >= toMs) {
                break;
            }
            if (r.fromMs() > cursor) {
                gaps.add(new TimeRange(cursor, r.fromMs()));
            }
            cursor = Math.max(cursor, r.toMs());
        }
        if (cursor < toMs) {
            gaps.add(new TimeRange(cursor, toMs));
        }
        return gaps;
    }

    /** True if all of {@code [fromMs, toMs)} is covered. */
    public boolean covers(long fromMs, long toMs) {
        return gaps(fromMs, toMs).isEmpty();
    }

    /** Total covered milliseconds. */
    public long coveredMs() {
        return ranges.stream().mapToLong(TimeRange::lengthMs).sum();
    }

    private static List<TimeRange> normalise(List<TimeRange> input) {
        List<TimeRange> sorted = new ArrayList<>(input);
        sorted.removeIf(TimeRange::isEmpty);
        sorted.sort(Comparator.comparingLong(TimeRange::fromMs));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange r : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && r.fromMs() <= merged.get(last).toMs()) {
                TimeRange prev = merged.get(last);
                merged.set(last, new TimeRange(prev.fromMs(), Math.max(prev.toMs(), r.toMs())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }
}
