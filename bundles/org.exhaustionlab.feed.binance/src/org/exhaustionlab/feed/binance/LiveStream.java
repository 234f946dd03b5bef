package org.exhaustionlab.feed.binance;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One live subscription: a combined-stream WebSocket ({@code <s>@kline_<i>/<s>@bookTicker}) that reconnects with
 * exponential backoff and jitter when it drops (including Binance's forced disconnect after 24 hours, which it
 * pre-empts), and after each reconnect fetches the bars that closed meanwhile over REST. Subscribers see every closed
 * bar exactly once and in order: closed bars at or before the last delivered one are dropped, a closed bar beyond the
 * next expected one triggers a backfill first.
 *
 * @implNote All socket callbacks are handed to one event thread, which owns the state below and calls the listener:
 *           callbacks arrive in order and never concurrently, as {@link MarketDataFeed.Listener} promises.
 */
final class LiveStream implements MarketDataFeed.Subscription {

    /** Closed bars of the subscribed symbol opening in {@code [from, to)}. */
    @FunctionalInterface
    interface History {
        BarSeries fetch(long fromMs, long toMs) throws IOException;
    }

    private final BinanceConfig config;
    private final String symbol;
    private final Timeframe timeframe;
    private final MarketDataFeed.Listener listener;
    private final History history;
    private final String streams;
    private final OkHttpClient client;
    private final ScheduledThreadPoolExecutor loop;
    private final Random jitter = new Random();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    // confined to the event thread
    private WebSocket socket;
    private int generation;
    private boolean reconnectPending;
    private int failures;
    private long lastClosed = Long.MIN_VALUE;
    private long lastForming = Long.MIN_VALUE;
    private long lastGapFill = Long.MIN_VALUE;
    private ScheduledFuture<?> rotation;

    LiveStream(BinanceConfig config, String symbol, Timeframe timeframe, MarketDataFeed.Listener listener,
            History history) {
        this.config = config;
        this.symbol = symbol.toUpperCase(Locale.ROOT);
        this.timeframe = timeframe;
        this.listener = listener;
        this.history = history;
        String s = symbol.toLowerCase(Locale.ROOT);
        this.streams = s + "@kline_" + timeframe.code() + "/" + s + "@bookTicker";
        this.client = config.client().newBuilder().pingInterval(config.pingInterval()).build();
        this.loop = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = Executors.defaultThreadFactory().newThread(runnable);
            t.setName("binance-stream " + streams);
            t.setDaemon(true);
            return t;
        });
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        post(this::connect);
    }

    /** Frames skipped because they could not be parsed. */
    long malformedFrames() {
        return malformed.get();
    }

    /** WebSocket connections opened so far (1 + reconnects). */
    int connections() {
        return connections.get();
    }

    String streams() {
        return streams;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            loop.execute(() -> {
                if (socket != null) {
                    socket.close(1000, "unsubscribed");
                }
            });
        } catch (RejectedExecutionException ignored) {
            // already shut down
        }
        loop.shutdown();
    }

    private void connect() {
        if (closed) {
            return;
        }
        reconnectPending = false;
        int gen = ++generation;
        connections.incrementAndGet();
        Request request = new Request.Builder().url(config.wsBaseUrl() + "/stream?streams=" + streams).build();
        socket = client.newWebSocket(request, new Events(gen));
    }

    private void opened(int gen) {
        if (gen != generation || closed) {
            return;
        }
        // bars that closed while we were away (nothing on the first connection)
        backfill(timeframe.openTimeOf(config.clock().getAsLong()));
        rotation = loop.schedule(() -> rotate(gen), config.maxConnectionAge().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void message(int gen, String text) {
        if (gen != generation || closed) {
            return;
        }
        StreamEvent event;
        try {
            event = StreamEvent.parse(text, config.clock().getAsLong());
        } catch (IllegalArgumentException e) {
            long n = malformed.incrementAndGet();
            notifyError("skipped malformed frame #" + n + " on Binance stream " + streams + ": " + e.getMessage());
            return;
        }
        failures = 0; // the connection works: the next drop starts the backoff afresh
        if (event instanceof StreamEvent.KlineUpdate) {
            StreamEvent.KlineUpdate k = (StreamEvent.KlineUpdate) event;
            if (symbol.equalsIgnoreCase(k.symbol()) && timeframe.code().equals(k.interval())) {
                kline(k.bar(), k.closed());
            }
        } else if (event instanceof StreamEvent.Quote) {
            StreamEvent.Quote q = (StreamEvent.Quote) event;
            if (symbol.equalsIgnoreCase(q.symbol())) {
                safely(() -> listener.onBookTicker(q.ticker()));
            }
        }
    }

    private void kline(Bar bar, boolean isClosed) {
        if (lastClosed != Long.MIN_VALUE && bar.time() <= lastClosed) {
            return; // a repeat of a delivered closed bar, or a late update of it
        }
        boolean gap = lastClosed != Long.MIN_VALUE && bar.time() > timeframe.nextOpen(lastClosed);
        if (gap && (isClosed || bar.time() != lastGapFill)) {
            lastGapFill = bar.time(); // forming updates come every second: try once per bar, not per update
            backfill(bar.time()); // bars closed that the stream did not show us: deliver them first, in order
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
            notifyError("could not fetch the bars of " + symbol + " " + timeframe.code() + " missed since "
                    + Instant.ofEpochMilli(from) + " (" + e.getMessage() + "); retrying when the next bar closes");
        }
    }

    private void lost(int gen, String reason) {
        if (gen != generation || reconnectPending || closed) {
            return;
        }
        reconnectPending = true;
        if (rotation != null) {
            rotation.cancel(false);
        }
        socket.cancel();
        long delay = nextDelayMs();
        failures++;
        notifyError("Binance stream " + streams + " lost (" + reason + "); reconnecting in " + delay + " ms");
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    /** Replaces a connection before Binance drops it at 24 hours; the backfill covers the switch. */
    private void rotate(int gen) {
        if (gen != generation || reconnectPending || closed) {
            return;
        }
        socket.close(1000, "reconnecting before the 24-hour limit");
        reconnectPending = true;
        connect();
    }

    private long nextDelayMs() {
        return backoffMs(failures, config.reconnectMin().toMillis(), config.reconnectMax().toMillis(),
                jitter.nextDouble());
    }

    /**
     * Delay before reconnect attempt {@code attempt} (0-based): {@code min * 2^attempt} capped at {@code max}, with
     * "equal jitter" (half of it fixed, half scaled by {@code random01} in [0, 1)) so that many clients dropped at once
     * do not reconnect in lockstep.
     */
    static long backoffMs(int attempt, long minMs, long maxMs, double random01) {
        long min = Math.max(1, minMs);
        long base = Math.min(Math.max(min, maxMs), min << Math.min(attempt, 20));
        return base / 2 + (long) (random01 * (base - base / 2));
    }

    private void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // a failing subscriber must not stop the stream for itself or others
            notifyError("listener of " + streams + " failed: " + BinanceRest.describe(e));
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

    /** Socket callbacks of one connection, handed to the event thread. */
    private final class Events extends WebSocketListener {
        private final int gen;

        Events(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            post(() -> opened(gen));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            post(() -> message(gen, text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            post(() -> lost(gen, "closed by the server: " + code + (reason.isEmpty() ? "" : " " + reason)));
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            post(() -> lost(gen, "closed: " + code));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            String status = response != null ? "HTTP " + response.code() + ", " : "";
            post(() -> lost(gen, status + BinanceRest.describe(t)));
        }
    }
}
