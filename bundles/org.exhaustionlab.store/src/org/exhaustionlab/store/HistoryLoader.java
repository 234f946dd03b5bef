package org.exhaustionlab.store;

import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;

/**
 * Fills the bar cache from a feed for a time range, fetching only the parts not covered yet (so an interrupted load
 * resumes where it stopped) in chunks, each stored in its own transaction, reporting progress as it goes. Bars are
 * cached under the feed's {@link MarketDataFeed#id()}.
 *
 * @implNote Not thread-safe; use one loader per load (the store itself may be shared).
 */
public final class HistoryLoader {

    /** Bars per feed request chunk: a few exchange pages, one transaction. */
    static final int DEFAULT_CHUNK_BARS = 10_000;

    /** Progress of a load, in interval slots of the missing ranges (a slot without a bar still counts as done). */
    @FunctionalInterface
    public interface Progress {
        void update(long barsDone, long barsTotal);
    }

    /**
     * Outcome of a load.
     *
     * @param barsStored bars the feed returned and the store saved
     * @param slotsTotal interval slots that were missing before the load
     * @param fetched    the missing ranges that were fetched
     */
    public record Result(long barsStored, long slotsTotal, List<TimeRange> fetched) {
    }

    private final BarStore store;
    private final MarketDataFeed feed;
    private final LongSupplier clock;
    private final int chunkBars;

    public HistoryLoader(BarStore store, MarketDataFeed feed) {
        this(store, feed, System::currentTimeMillis, DEFAULT_CHUNK_BARS);
    }

    HistoryLoader(BarStore store, MarketDataFeed feed, LongSupplier clock, int chunkBars) {
        this.store = store;
        this.feed = feed;
        this.clock = clock;
        this.chunkBars = chunkBars;
    }

    /** The cache key this loader uses for {@code symbol}/{@code timeframe}. */
    public SeriesKey keyOf(String symbol, Timeframe timeframe) {
        return new SeriesKey(feed.id(), symbol, timeframe);
    }

    /**
     * Makes the store complete for bars of {@code symbol} opening in {@code [fromMs, toMs)}, clipped to bars that have
     * closed by now.
     *
     * @param progress called after each stored chunk (and once at the start), may be {@code null}
     * @throws IOException              if the feed or the store fails; chunks stored so far are kept
     * @throws IllegalArgumentException for {@code fromMs > toMs} or what the feed refuses (unknown symbol, ...)
     */
    public Result load(String symbol, Timeframe timeframe, long fromMs, long toMs, Progress progress)
            throws IOException {
        if (fromMs > toMs) {
            throw new IllegalArgumentException("load range starts after it ends: " + fromMs + " > " + toMs);
        }
        SeriesKey key = keyOf(symbol, timeframe);
        long from = timeframe.openTimeOf(fromMs);
        long to = Math.min(toMs, timeframe.openTimeOf(clock.getAsLong())); // the forming bar is not history yet
        List<TimeRange> gaps = from < to ? store.coverage(key).gaps(from, to) : List.of();
        long total = gaps.stream().mapToLong(g -> slots(timeframe, g.fromMs(), g.toMs())).sum();
        long done = 0;
        long stored = 0;
        report(progress, 0, total);
        for (TimeRange gap : gaps) {
            long chunkFrom = gap.fromMs();
            while (chunkFrom < gap.toMs()) {
                long chunkTo = chunkEnd(timeframe, chunkFrom, gap.toMs());
                BarSeries bars = feed.history(symbol, timeframe, chunkFrom, chunkTo);
                store.upsert(key, bars, new TimeRange(chunkFrom, chunkTo));
                stored += bars.size();
                done += slots(timeframe, chunkFrom, chunkTo);
                report(progress, done, total);
                chunkFrom = chunkTo;
            }
        }
        return new Result(stored, total, gaps);
    }

    private long chunkEnd(Timeframe tf, long from, long limit) {
        if (!tf.isCalendar()) {
            long span = tf.durationMs() * chunkBars;
            return limit - from <= span ? limit : from + span;
        }
        long end = from;
        for (int i = 0; i < chunkBars && end < limit; i++) {
            end = tf.nextOpen(end);
        }
        return Math.min(end, limit);
    }

    /** Number of bar open times of {@code tf} in {@code [from, to)}. */
    static long slots(Timeframe tf, long from, long to) {
        if (from >= to) {
            return 0;
        }
        long first = tf.openTimeOf(from) < from ? tf.nextOpen(from) : from;
        if (!tf.isCalendar()) {
            return first >= to ? 0 : (to - first + tf.durationMs() - 1) / tf.durationMs();
        }
        long n = 0;
        for (long t = first; t < to; t = tf.nextOpen(t)) {
            n++;
        }
        return n;
    }

    private static void report(Progress progress, long done, long total) {
        if (progress != null) {
            progress.update(done, total);
        }
    }
}
