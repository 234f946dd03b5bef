package org.exhaustionlab.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/**
 * The bar cache: closed bars per (exchange, symbol, interval), keyed by open time, plus the time ranges known to be
 * complete ({@link Coverage}) so that loaders fetch only what is missing.
 * <p>
 * Bars are stored in blocks of up to {@value #BLOCK_BARS} consecutive interval slots, one BLOB per block (see
 * {@link BarBlockCodec}); writing a bar rewrites its block. Every write is one transaction: after a crash the store
 * holds exactly the batches committed before it.
 *
 * @implNote Thread-safe (all access is serialised by the owning {@link MarketStore}).
 */
public final class BarStore {

    /** Interval slots per block: 1m bars make blocks of about 16.7 hours, 48 KB. */
    static final int BLOCK_BARS = 1000;

    private final MarketStore store;

    BarStore(MarketStore store) {
        this.store = store;
    }

    /** Upserts closed bars and marks the span they occupy, first open to last bar's close, as covered. */
    public void upsert(SeriesKey key, BarSeries bars) throws IOException {
        TimeRange span = bars.isEmpty() ? null
                : new TimeRange(bars.firstTime(), key.interval().nextOpen(bars.lastTime()));
        upsert(key, bars, span);
    }

    /**
     * Upserts closed bars (a bar with the same open time is replaced) and marks {@code covered} as complete: the caller
     * fetched all of it, so missing bars in it are absent at the source. All in one transaction.
     *
     * @param covered the fetched range, or {@code null} to record no coverage
     * @throws IllegalArgumentException if the series' timeframe is not the key's interval
     */
    public void upsert(SeriesKey key, BarSeries bars, TimeRange covered) throws IOException {
        if (bars.timeframe() != key.interval()) {
            throw new IllegalArgumentException("cannot store " + bars.timeframe().code() + " bars as " + key);
        }
        store.inTransaction("storing " + bars.size() + " bars of " + key, c -> {
            long id = ensureSeries(c, key, bars.symbol());
            writeBlocks(c, id, key.interval(), bars);
            if (covered != null && !covered.isEmpty()) {
                writeCoverage(c, id, readCoverage(c, id).plus(covered));
            }
            return null;
        });
    }

    /** Marks {@code covered} as complete without storing bars (a fetched range in which the source had none). */
    public void markCovered(SeriesKey key, Symbol symbol, TimeRange covered) throws IOException {
        upsert(key, BarSeries.builder(symbol, key.interval(), 0).build(), covered);
    }

    /**
     * Stored bars of the series opening in {@code [fromMs, toMs)}, oldest first, labelled with the symbol (tick and
     * lot size) last stored with them.
     *
     * @throws IllegalArgumentException if nothing was ever stored for {@code key}
     */
    public BarSeries load(SeriesKey key, long fromMs, long toMs) throws IOException {
        long span = blockSpan(key.interval());
        return store.read("loading " + key, c -> {
            SeriesRow row = findSeries(c, key);
            if (row == null) {
                throw new IllegalArgumentException("no bars cached for " + key);
            }
            List<byte[]> blobs = new ArrayList<>();
            int total = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT bar_count, data FROM bar_block"
                    + " WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket")) {
                ps.setLong(1, row.id());
                ps.setLong(2, Math.floorDiv(fromMs, span));
                ps.setLong(3, Math.floorDiv(toMs, span));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getInt(1);
                        blobs.add(rs.getBytes(2));
                    }
                }
            }
            BarSeries.Builder builder = BarSeries.builder(row.symbol(), key.interval(), total);
            for (int i = 0; i < blobs.size(); i++) {
                BarBlockCodec.appendTo(blobs.get(i), builder, fromMs, toMs);
                blobs.set(i, null); // let the collector take decoded blocks early
            }
            return builder.build();
        });
    }

    /** All stored bars of the series. */
    public BarSeries loadAll(SeriesKey key) throws IOException {
        return load(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Known-complete ranges of a series (empty if it was never stored). */
    public Coverage coverage(String exchange, String symbol, Timeframe interval) throws IOException {
        return coverage(new SeriesKey(exchange, symbol, interval));
    }

    public Coverage coverage(SeriesKey key) throws IOException {
        return store.read("reading coverage of " + key, c -> {
            SeriesRow row = findSeries(c, key);
            return row == null ? Coverage.EMPTY : readCoverage(c, row.id());
        });
    }

    /** Every cached series with bar count, first/last bar and coverage, ordered by exchange, symbol, interval. */
    public List<SeriesInfo> list() throws IOException {
        return store.read("listing cached series", c -> {
            List<SeriesInfo> out = new ArrayList<>();
            List<long[]> ids = new ArrayList<>();
            List<SeriesKey> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.exchange, s.symbol, s.interval,"
                    + " COALESCE(SUM(b.bar_count), 0), MIN(b.first_time), MAX(b.last_time)"
                    + " FROM series s LEFT JOIN bar_block b ON b.series_id = s.id"
                    + " GROUP BY s.id ORDER BY s.exchange, s.symbol, s.interval");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(5);
                    long first = rs.getObject(6) == null ? Long.MIN_VALUE : rs.getLong(6);
                    long last = rs.getObject(7) == null ? Long.MIN_VALUE : rs.getLong(7);
                    keys.add(new SeriesKey(rs.getString(2), rs.getString(3), Timeframe.parse(rs.getString(4))));
                    ids.add(new long[] {rs.getLong(1), count, first, last});
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                long[] r = ids.get(i);
                out.add(new SeriesInfo(keys.get(i), r[1], r[2], r[3], readCoverage(c, r[0]).ranges()));
            }
            return out;
        });
    }

    /** Deletes a series with its bars and coverage; false if there was none. */
    public boolean delete(SeriesKey key) throws IOException {
        return store.inTransaction("deleting " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM series WHERE exchange = ? AND symbol = ? AND interval = ?")) {
                bindKey(ps, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    static long blockSpan(Timeframe interval) {
        return interval.durationMs() * BLOCK_BARS;
    }

    private record SeriesRow(long id, Symbol symbol) {
    }

    private static void bindKey(PreparedStatement ps, SeriesKey key) throws SQLException {
        ps.setString(1, key.exchange());
        ps.setString(2, key.symbol());
        ps.setString(3, key.interval().code());
    }

    private static SeriesRow findSeries(Connection c, SeriesKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, venue, base, quote, tick_size, lot_size"
                + " FROM series WHERE exchange = ? AND symbol = ? AND interval = ?")) {
            bindKey(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Symbol symbol = new Symbol(rs.getString(2), key.symbol(), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getDouble(6));
                return new SeriesRow(rs.getLong(1), symbol);
            }
        }
    }

    /**
     * Creates the series row or refreshes its symbol data (tick/lot size may change at the exchange). The symbol's own
     * exchange name (e.g. {@code BINANCE}) is kept as {@code venue}, apart from the key's feed id.
     */
    private static long ensureSeries(Connection c, SeriesKey key, Symbol symbol) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series"
                + " (exchange, symbol, interval, venue, base, quote, tick_size, lot_size)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (exchange, symbol, interval) DO UPDATE SET venue = excluded.venue,"
                + " base = excluded.base, quote = excluded.quote, tick_size = excluded.tick_size,"
                + " lot_size = excluded.lot_size")) {
            bindKey(ps, key);
            ps.setString(4, symbol.exchange());
            ps.setString(5, symbol.base());
            ps.setString(6, symbol.quote());
            ps.setDouble(7, symbol.tickSize());
            ps.setDouble(8, symbol.lotSize());
            ps.executeUpdate();
        }
        return Objects.requireNonNull(findSeries(c, key)).id();
    }

    private static void writeBlocks(Connection c, long id, Timeframe interval, BarSeries bars) throws SQLException {
        long span = blockSpan(interval);
        long[] t = bars.times();
        try (PreparedStatement get = c.prepareStatement(
                "SELECT data FROM bar_block WHERE series_id = ? AND bucket = ?");
                PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO bar_block"
                        + " (series_id, bucket, first_time, last_time, bar_count, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            int from = 0;
            while (from < t.length) {
                long bucket = Math.floorDiv(t[from], span);
                int to = from + 1;
                while (to < t.length && Math.floorDiv(t[to], span) == bucket) {
                    to++;
                }
                BarBlockCodec.Block block = BarBlockCodec.merge(existing(get, id, bucket), bars, from, to);
                put.setLong(1, id);
                put.setLong(2, bucket);
                put.setLong(3, block.time()[0]);
                put.setLong(4, block.time()[block.count() - 1]);
                put.setInt(5, block.count());
                put.setBytes(6, BarBlockCodec.encode(block));
                put.executeUpdate();
                from = to;
            }
        }
    }

    private static BarBlockCodec.Block existing(PreparedStatement get, long id, long bucket) throws SQLException {
        get.setLong(1, id);
        get.setLong(2, bucket);
        try (ResultSet rs = get.executeQuery()) {
            return rs.next() ? BarBlockCodec.decode(rs.getBytes(1)) : null;
        }
    }

    private static Coverage readCoverage(Connection c, long id) throws SQLException {
        List<TimeRange> ranges = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT from_time, to_time FROM coverage WHERE series_id = ? ORDER BY from_time")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranges.add(new TimeRange(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return new Coverage(ranges);
    }

    private static void writeCoverage(Connection c, long id, Coverage coverage) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM coverage WHERE series_id = ?");
                PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO coverage (series_id, from_time, to_time) VALUES (?, ?, ?)")) {
            del.setLong(1, id);
            del.executeUpdate();
            for (TimeRange r : coverage.ranges()) {
                ins.setLong(1, id);
                ins.setLong(2, r.fromMs());
                ins.setLong(3, r.toMs());
                ins.executeUpdate();
            }
        }
    }
}
