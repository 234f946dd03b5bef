package org.exhaustionlab.feed.okx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * OKX v5 REST GETs: unwraps the {@code {"code":"0","msg":"","data":[...]}} envelope, paces requests under OKX's
 * per-endpoint limits, backs off and retries when rate-limited anyway (HTTP 429 or code 50011, which OKX also sends
 * with HTTP 200), and turns error envelopes into one-line messages.
 *
 * @implNote Thread-safe; the pacing state is shared by all callers of this instance.
 */
final class OkxRest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_RATE_LIMIT_RETRIES = 5;
    /** First back-off after a rate-limit answer; OKX counts its public limits per 2-second window. */
    static final long FIRST_BACKOFF_MS = 1_000;
    static final String RATE_LIMITED = "50011";
    /**
     * Codes that mean "you asked for something that does not exist or is not valid", not "try again": 51001 instrument
     * ID does not exist, 51000 parameter error (e.g. an unknown bar), 50014 a required parameter is missing.
     */
    static final Set<String> INVALID_REQUEST = Set.of("51001", "51000", "50014");
    /** OKX's public limits are counted per 2 seconds. */
    static final long LIMIT_WINDOW_MS = 2_000;

    private final OkxConfig config;
    /** Per endpoint, OKX's documented limit per IP: history-candles 20, candles 40, instruments 20 per 2 s. */
    private final Map<String, RequestPacer> pacers = Map.of(
            "/api/v5/market/history-candles", new RequestPacer(20, LIMIT_WINDOW_MS),
            "/api/v5/market/candles", new RequestPacer(40, LIMIT_WINDOW_MS),
            "/api/v5/public/instruments", new RequestPacer(20, LIMIT_WINDOW_MS));

    OkxRest(OkxConfig config) {
        this.config = config;
    }

    /**
     * GET {@code path} with {@code query} and return the envelope's {@code data}.
     *
     * @throws IllegalArgumentException for OKX's "does not exist" / "parameter error" codes
     * @throws OkxException             for other refusals (error envelope, persistent rate limit)
     * @throws IOException              if OKX cannot be reached or answers something unreadable
     */
    JsonNode get(String path, Map<String, String> query) throws IOException {
        HttpUrl base = HttpUrl.parse(config.restBaseUrl() + path);
        if (base == null) {
            throw new IllegalArgumentException("invalid OKX REST base URL '" + config.restBaseUrl() + "'");
        }
        HttpUrl.Builder url = base.newBuilder();
        query.forEach(url::addQueryParameter);
        Request.Builder request = new Request.Builder().url(url.build()).get();
        if (config.simulatedTrading()) {
            request.header("x-simulated-trading", "1");
        }
        String what = "GET " + path + (query.isEmpty() ? "" : "?" + url.build().encodedQuery());
        RequestPacer pacer = pacers.get(path);
        for (int attempt = 0;; attempt++) {
            if (pacer != null) {
                long wait = pacer.reserve(config.clock());
                if (wait > 0) {
                    sleep(wait);
                }
            }
            String body;
            int status;
            try (Response response = config.client().newCall(request.build()).execute()) {
                status = response.code();
                body = bodyText(response.body());
            } catch (InterruptedIOException e) {
                if (!(e instanceof java.net.SocketTimeoutException)) {
                    throw e; // the caller was interrupted: not a network problem
                }
                throw new IOException("OKX at " + config.restBaseUrl() + " did not answer " + what + " in time ("
                        + describe(e) + ")", e);
            } catch (IOException e) {
                throw new IOException("cannot reach OKX at " + config.restBaseUrl() + " (" + describe(e)
                        + "); check the network connection and the base URL", e);
            }
            JsonNode root = parseQuietly(body);
            String code = root != null && root.has("code") ? root.path("code").asText("") : "";
            if (status == 429 || RATE_LIMITED.equals(code)) {
                if (attempt < MAX_RATE_LIMIT_RETRIES) {
                    sleep(FIRST_BACKOFF_MS << attempt);
                    continue;
                }
                throw new OkxException("OKX rate limit still exceeded after " + attempt + " retries (" + what
                        + "); try again later", status, code);
            }
            if (status / 100 != 2 || !(code.isEmpty() || code.equals("0"))) {
                throw refusal(what, status, code, root, body);
            }
            if (root == null) {
                throw new IOException("OKX sent an unreadable answer to " + what + ": " + firstLine(body));
            }
            JsonNode data = root.path("data");
            if (!data.isArray()) {
                throw new IOException("OKX answered " + what + " without a 'data' array: " + firstLine(body));
            }
            return data;
        }
    }

    /** The error for a refused request; thrown directly as IllegalArgumentException for invalid requests. */
    private static IOException refusal(String what, int status, String code, JsonNode root, String body) {
        String msg = root != null && root.path("msg").isTextual() && !root.path("msg").asText().isBlank()
                ? root.path("msg").asText().strip() : firstLine(body);
        String text = "OKX refused " + what + ": " + (msg.isEmpty() ? "HTTP " + status : msg)
                + (code.isEmpty() ? " (HTTP " + status + ")" : " (code " + code + ", HTTP " + status + ")");
        if (INVALID_REQUEST.contains(code)) {
            throw new IllegalArgumentException(text);
        }
        return new OkxException(text, status, code);
    }

    private void sleep(long ms) throws IOException {
        try {
            config.sleeper().sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the OKX rate limit");
        }
    }

    private static String bodyText(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static JsonNode parseQuietly(String body) {
        try {
            JsonNode node = body.isBlank() ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
}
