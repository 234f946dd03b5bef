package org.exhaustionlab.feed.okx;

import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One OKX WebSocket connection kept alive: subscribes on every (re)connect, sends OKX's text {@code "ping"} after a
 * quiet {@link OkxConfig#pingInterval()} and reconnects if no {@code "pong"} (or anything else) follows within the same
 * time, reconnects with exponential backoff and jitter when the connection drops.
 *
 * @implNote Everything except the volatile flag runs on the owner's single event thread ({@code loop}), which also
 *           runs {@code onOpen} and {@code onMessage}; socket callbacks are handed over to it.
 */
final class OkxSocket {

    private final String name;
    private final String url;
    private final String subscribe;
    private final OkHttpClient client;
    private final ScheduledExecutorService loop;
    private final OkxConfig config;
    private final Runnable onOpen;
    private final Consumer<String> onMessage;
    private final Consumer<String> onProblem;
    private final Random jitter = new Random();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger pingsSent = new AtomicInteger();
    private volatile boolean closed;

    // confined to the event thread
    private WebSocket socket;
    private int generation;
    private boolean reconnectPending;
    private int failures;
    private long lastReceivedNanos;
    private long pingSentNanos;
    private ScheduledFuture<?> heartbeat;

    OkxSocket(String name, String url, String subscribe, OkHttpClient client, ScheduledExecutorService loop,
            OkxConfig config, Runnable onOpen, Consumer<String> onMessage, Consumer<String> onProblem) {
        this.name = name;
        this.url = url;
        this.subscribe = subscribe;
        this.client = client;
        this.loop = loop;
        this.config = config;
        this.onOpen = onOpen;
        this.onMessage = onMessage;
        this.onProblem = onProblem;
    }

    /** E.g. {@code "candle1m BTC-USDT"}. */
    String name() {
        return name;
    }

    /** Connections opened so far (1 + reconnects). */
    int connections() {
        return connections.get();
    }

    int pingsSent() {
        return pingsSent.get();
    }

    /** Opens the connection; call on the event thread. */
    void connect() {
        if (closed) {
            return;
        }
        reconnectPending = false;
        int gen = ++generation;
        connections.incrementAndGet();
        socket = client.newWebSocket(new Request.Builder().url(url).build(), new Events(gen));
    }

    /** The connection delivered market data: the next drop starts the backoff afresh. Event thread. */
    void markHealthy() {
        failures = 0;
    }

    /** Replaces the connection now (OKX announced it will close it); not reported as a problem. Event thread. */
    void rotate() {
        if (closed || reconnectPending) {
            return;
        }
        stopHeartbeat();
        socket.close(1000, "reconnecting for an OKX service upgrade");
        connect();
    }

    /** Closes for good; call on the event thread. */
    void close() {
        closed = true;
        stopHeartbeat();
        if (socket != null) {
            socket.close(1000, "unsubscribed");
        }
    }

    private void opened(int gen) {
        if (gen != generation || closed) {
            return;
        }
        socket.send(subscribe);
        lastReceivedNanos = System.nanoTime();
        pingSentNanos = 0;
        long tick = Math.max(5, config.pingInterval().toMillis() / 10);
        heartbeat = loop.scheduleWithFixedDelay(() -> beat(gen), tick, tick, TimeUnit.MILLISECONDS);
        onOpen.run();
    }

    private void received(int gen, String text) {
        if (gen != generation || closed) {
            return;
        }
        lastReceivedNanos = System.nanoTime();
        pingSentNanos = 0;
        if (!text.equals("pong")) {
            onMessage.accept(text);
        }
    }

    /** OKX drops connections silent for 30 s: ping when quiet, give up when even the ping gets no answer. */
    private void beat(int gen) {
        if (gen != generation || reconnectPending || closed) {
            return;
        }
        long now = System.nanoTime();
        long interval = config.pingInterval().toNanos();
        if (pingSentNanos != 0) {
            if (now - pingSentNanos >= interval) {
                lost(gen, "no pong within " + config.pingInterval().toMillis() + " ms of ping");
            }
        } else if (now - lastReceivedNanos >= interval) {
            pingSentNanos = now;
            pingsSent.incrementAndGet();
            socket.send("ping");
        }
    }

    private void lost(int gen, String reason) {
        if (gen != generation || reconnectPending || closed) {
            return;
        }
        reconnectPending = true;
        stopHeartbeat();
        socket.cancel();
        long delay = backoffMs(failures, config.reconnectMin().toMillis(), config.reconnectMax().toMillis(),
                jitter.nextDouble());
        failures++;
        onProblem.accept("OKX stream " + name + " lost (" + reason + "); reconnecting in " + delay + " ms");
        try {
            loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException ignored) {
            // the subscription was closed meanwhile
        }
    }

    private void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    /**
     * Delay before reconnect attempt {@code attempt} (0-based): {@code min * 2^attempt} capped at {@code max}, half of
     * it fixed and half scaled by {@code random01} in [0, 1) ("equal jitter"), so that many clients dropped together do
     * not come back in lockstep.
     */
    static long backoffMs(int attempt, long minMs, long maxMs, double random01) {
        long min = Math.max(1, minMs);
        long base = Math.min(Math.max(min, maxMs), min << Math.min(attempt, 20));
        return base / 2 + (long) (random01 * (base - base / 2));
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
            post(() -> received(gen, text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            post(() -> lost(gen, "closed by OKX: " + code + (reason.isEmpty() ? "" : " " + reason)));
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            post(() -> lost(gen, "closed: " + code));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            String status = response != null ? "HTTP " + response.code() + ", " : "";
            post(() -> lost(gen, status + OkxRest.describe(t)));
        }
    }
}
