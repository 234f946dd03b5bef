package org.exhaustionlab.feed.binance;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Binance REST GETs with Binance's rules: keep the request weight ({@code X-MBX-USED-WEIGHT-1M}) below the limit by
 * waiting for the next minute, on HTTP 429 wait {@code Retry-After} and retry, on HTTP 418 (IP banned) stop, turn
 * error bodies into one-line messages.
 *
 * @implNote Thread-safe; the weight seen last is shared by all callers, as Binance counts it per IP.
 */
final class BinanceRest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_RATE_LIMIT_RETRIES = 5;
    /** Binance error codes that mean "you asked for something that does not exist", not "try again". */
    static final int INVALID_SYMBOL = -1121;
    static final int INVALID_INTERVAL = -1120;

    private final BinanceConfig config;
    private volatile int usedWeight;

    BinanceRest(BinanceConfig config) {
        this.config = config;
    }

    /** Request weight used in the current minute, as Binance last reported it. */
    int usedWeight() {
        return usedWeight;
    }

    /**
     * GET {@code path} with {@code query} and parse the JSON answer.
     *
     * @throws IllegalArgumentException for Binance's "invalid symbol" / "invalid interval" errors
     * @throws BinanceException         for other refusals (ban, error body, persistent rate limit)
     * @throws IOException              if Binance cannot be reached
     */
    JsonNode get(String path, Map<String, String> query) throws IOException {
        HttpUrl base = HttpUrl.parse(config.restBaseUrl() + path);
        if (base == null) {
            throw new IllegalArgumentException("invalid Binance REST base URL '" + config.restBaseUrl() + "'");
        }
        HttpUrl.Builder url = base.newBuilder();
        query.forEach(url::addQueryParameter);
        Request request = new Request.Builder().url(url.build()).get().build();
        String what = "GET " + path + (query.isEmpty() ? "" : "?" + url.build().encodedQuery());
        for (int attempt = 0;; attempt++) {
            try (Response response = config.client().newCall(request).execute()) {
                noteWeight(response);
                int code = response.code();
                if (code == 429 && attempt < MAX_RATE_LIMIT_RETRIES) {
                    sleep(retryAfterMs(response, 1000));
                    continue;
                }
                String body = bodyText(response.body());
                if (code == 418) {
                    long waitMs = retryAfterMs(response, 0);
                    String until = waitMs > 0 ? " until " + Instant.ofEpochMilli(config.clock().getAsLong() + waitMs)
                            : "";
                    throw new BinanceException("Binance has banned this IP" + until + " (HTTP 418 on " + what
                            + ") after too many requests; stop and wait before retrying", 418, errorCode(body));
                }
                if (code == 429) {
                    throw new BinanceException("Binance rate limit still exceeded after " + attempt + " retries ("
                            + what + "); try again later", 429, errorCode(body));
                }
                if (code / 100 != 2) {
                    throw refusal(what, code, body);
                }
                awaitWeightBudget();
                return JSON.readTree(body);
            } catch (BinanceException | IllegalArgumentException | InterruptedIOException e) {
                throw e;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException("Binance sent an unreadable answer to " + what + ": "
                        + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new IOException("cannot reach Binance at " + config.restBaseUrl() + " (" + describe(e)
                        + "); check the network connection and the base URL", e);
            }
        }
    }

    /** The error for a non-2xx answer; thrown directly as IllegalArgumentException for unknown symbol/interval. */
    private static IOException refusal(String what, int status, String body) {
        int code = errorCode(body);
        String msg = errorMessage(body);
        String text = "Binance refused " + what + ": " + (msg.isEmpty() ? "HTTP " + status : msg)
                + (code != 0 ? " (code " + code + ", HTTP " + status + ")" : "");
        if (code == INVALID_SYMBOL || code == INVALID_INTERVAL) {
            throw new IllegalArgumentException(text);
        }
        return new BinanceException(text, status, code);
    }

    /** If the weight used this minute passed the soft limit, waits until the next minute starts (plus a margin). */
    private void awaitWeightBudget() throws IOException {
        if (usedWeight >= config.weightSoftLimit()) {
            long now = config.clock().getAsLong();
            long nextMinute = Math.floorDiv(now, 60_000L) * 60_000L + 60_000L;
            sleep(nextMinute - now + 1000);
            usedWeight = 0;
        }
    }

    private void noteWeight(Response response) {
        String used = response.header("X-MBX-USED-WEIGHT-1M");
        if (used != null) {
            try {
                usedWeight = Integer.parseInt(used.trim());
            } catch (NumberFormatException ignored) {
                // a malformed header must not fail the request; the weight is then unknown
            }
        }
    }

    private static long retryAfterMs(Response response, long fallbackMs) {
        String header = response.header("Retry-After");
        if (header != null) {
            try {
                return Math.max(0, Long.parseLong(header.trim())) * 1000;
            } catch (NumberFormatException ignored) {
                // HTTP dates are allowed by RFC 9110 but Binance sends seconds; fall back
            }
        }
        return fallbackMs;
    }

    private void sleep(long ms) throws IOException {
        try {
            config.sleeper().sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the Binance rate limit");
        }
    }

    private static String bodyText(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static int errorCode(String body) {
        JsonNode node = parseQuietly(body);
        return node != null && node.path("code").isInt() ? node.path("code").asInt() : 0;
    }

    private static String errorMessage(String body) {
        JsonNode node = parseQuietly(body);
        if (node != null && node.path("msg").isTextual()) {
            return node.path("msg").asText();
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static JsonNode parseQuietly(String body) {
        try {
            return body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
}
