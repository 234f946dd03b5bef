package org.exhaustionlab.feed.okx;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;

/**
 * One live subscription: candles from OKX's business socket ({@code candle<bar>}), best bid/ask from the public
 * socket ({@code bbo-tbt} or {@code tickers}). Each socket reconnects by itself; after every candle reconnect the bars
 * that closed meanwhile are fetched over REST. Subscribers see every closed bar exactly once and in order: closed bars
 * at or before the last delivered one are dropped, and a bar beyond the next expected one triggers a backfill first
 * (this also covers a close that OKX never confirmed on the socket).
 *
 * @implNote Both sockets hand their callbacks to one event thread, which owns the state below and calls the listener:
 *           callbacks arrive in order and never concurrently, as {@link MarketDataFeed.Listener} promises.
 */
final class LiveStream implements MarketDataFeed.Subscription {

    /** Closed bars of the subscribed instrument opening in {@code [from, to)}. */
    @FunctionalInterface
    interface History {
        BarSeries fetch(long fromMs, long toMs) throws IOException;
    }

    private final OkxConfig config;
    private final String instId;
    private final Timeframe timeframe;
    private final MarketDataFeed.Listener listener;
    private final History history;
    private final String candleChannel;
    private final ScheduledThreadPoolExecutor loop;
    private final OkxSocket candles;
    private final OkxSocket quotes;
    private final AtomicLong malformed = new AtomicLong();
    private volatile boolean closed;

    // confined to the event thread
    private long lastClosed = Long.MIN_VALUE;
    private long lastForming = Long.MIN_VALUE;
    private long lastGapFill = Long.MIN_VALUE;

    LiveStream(OkxConfig config, String instId, Timeframe timeframe, MarketDataFeed.Listener listener,
            History history) {
        this.config = config;
        this.instId = instId;
        this.timeframe = timeframe;
        this.listener = listener;
        this.history = history;
        this.candleChannel = "candle" + OkxCandles.bar(timeframe);
        this.loop = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = Executors.defaultThreadFactory().newThread(runnable);
            t.setName("okx-stream " + candleChannel + " " + instId);
            t.setDaemon(true);
            return t;
        });
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        loop.setRemoveOnCancelPolicy(true);
        this.candles = new OkxSocket(candleChannel + " " + instId, config.businessWsUrl(),
                subscribeRequest(candleChannel, instId), config.client(), loop, config, this::candlesOpened,
                this::candleFrame, this::notifyError);
        String quoteChannel = config.quoteChannel();
        this.quotes = quoteChannel.isEmpty() ? null
                : new OkxSocket(quoteChannel + " " + instId, config.publicWsUrl(),
                        subscribeRequest(quoteChannel, instId), config.client(), loop, config, () -> { },
                        this::quoteFrame, this::notifyError);
    }

    /** {@code {"op":"subscribe","args":[{"channel":..,"instId":..}]}}. */
    static String subscribeRequest(String channel, String instId) {
        ObjectNode request = OkxRest.JSON.createObjectNode();
        request.put("op", "subscribe");
        ObjectNode arg = request.putArray("args").addObject();
        arg.put("channel", channel);
        arg.put("instId", instId);
        return request.toString();
    }

    void start() {
        post(candles::connect);
        if (quotes != null) {
            post(quotes::connect);
        }
    }

    /** Frames skipped because they could not be parsed. */
    long malformedFrames() {
        return malformed.get();
    }

    OkxSocket candleSocket() {
        return candles;
    }

    OkxSocket quoteSocket() {
        return quotes;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            loop.execute(() -> {
                candles.close();
                if (quotes != null) {
                    quotes.close();
                }
            });
        } catch (RejectedExecutionException ignored) {
            // already shut down
        }
        loop.shutdown();
    }

    private void candlesOpened() {
        // bars that closed while we were away (nothing on the first connection)
        backfill(timeframe.openTimeOf(config.clock().getAsLong()));
    }

    private void candleFrame(String text) {
        frame(candles, text);
    }

    private void quoteFrame(String text) {
        frame(quotes, text);
    }

    private void frame(OkxSocket from, String text) {
        if (closed) {
            return;
        }
        OkxFrame frame;
        try {
            frame = OkxFrame.parse(text, timeframe);
        } catch (IllegalArgumentException e) {
            long n = malformed.incrementAndGet();
            notifyError("skipped malformed frame #" + n + " on OKX stream " + from.name() + ": " + e.getMessage());
            return;
        }
        if (frame instanceof OkxFrame.Candles c) {
            if (c.channel().equals(candleChannel) && c.instId().equals(instId)) {
                from.markHealthy();
                List<OkxCandles.Candle> rows = c.candles().stream()
                        .sorted(Comparator.comparingLong(k -> k.bar().time())).toList();
                for (OkxCandles.Candle k : rows) {
                    candle(k.bar(), k.confirmed());
                }
            }
        } else if (frame instanceof OkxFrame.Quote q) {
            if (q.instId().equals(instId)) {
                from.markHealthy();
                safely(() -> listener.onBookTicker(q.ticker()));
            }
        } else if (frame instanceof OkxFrame.Event e) {
            event(from, e);
        }
    }

    private void event(OkxSocket from, OkxFrame.Event e) {
        String code = e.code().isEmpty() ? "" : " (code " + e.code() + ")";
        if (e.event().equals("error")) {
            notifyError("OKX refused the subscription " + from.name() + ": " + oneLine(e.msg()) + code
                    + "; no updates will arrive on it");
        } else if (e.event().equals("notice")) {
            if (e.code().equals("64008")) {
                from.rotate(); // "the connection will soon be closed for a service upgrade": switch now
            } else {
                notifyError("OKX notice on " + from.name() + ": " + oneLine(e.msg()) + code);
            }
        }
        // "subscribe" acknowledgements and "channel-conn-count" need nothing
    }

    private void candle(Bar bar, boolean isClosed) {
        if (lastClosed != Long.MIN_VALUE && bar.time() <= lastClosed) {
            return; // a repeat of a delivered closed bar, or a late update of it
        }
        boolean gap = lastClosed != Long.MIN_VALUE ? bar.time() > timeframe.nextOpen(lastClosed)
                : lastForming != Long.MIN_VALUE && bar.time() > lastForming;
        if (gap && (isClosed || bar.time() != lastGapFill)) {
            lastGapFill = bar.time(); // forming updates come often: try once per bar, not per update
            backfill(bar.time()); // bars that closed without the stream showing it: deliver them first, in order
        }
        if (isClosed) {
            deliverClosed(bar);
        } else {
            lastForming = bar.time();
            safely(() -> listener.onBarUpdate(bar, false));
        }
    }

    private void deliverClosed(Bar bar) {
        if (lastClosed != Long.MIN_VALUE && bar.time() <= lastClosed) {
            return;
        }
        lastClosed = bar.time();
        safely(() -> listener.onBarUpdate(bar, true));
    }

    /** Delivers closed bars from the one after the last delivered (or the last forming one) up to {@code toMs}. */
    private void backfill(long toMs) {
        long from = lastClosed != Long.MIN_VALUE ? timeframe.nextOpen(lastClosed) : lastForming;
        if (from == Long.MIN_VALUE || from >= toMs) {
            return;
        }
        try {
            BarSeries missed = history.fetch(from, toMs);
            for (int i = 0; i < missed.size(); i++) {
                deliverClosed(missed.bar(i));
            }
        } catch (IOException | RuntimeException e) {
            notifyError("could not fetch the " + instId + " " + timeframe.code() + " bars missed since "
                    + Instant.ofEpochMilli(from) + " (" + e.getMessage() + "); retrying when the next bar closes");
        }
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ').strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // a failing subscriber must not stop the stream
            notifyError("listener of OKX " + candleChannel + " " + instId + " failed: " + OkxRest.describe(e));
        }
    }

    private void notifyError(String message) {
        try {
            listener.onError(message);
        } catch (RuntimeException ignored) {
            // nothing left to tell
        }
    }

    private void post(Runnable task) {
        if (!closed) {
            try {
                loop.execute(task);
            } catch (RejectedExecutionException ignored) {
                // closed meanwhile
            }
        }
    }
}
