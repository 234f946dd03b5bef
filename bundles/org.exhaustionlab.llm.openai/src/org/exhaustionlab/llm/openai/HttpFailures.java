package org.exhaustionlab.llm.openai;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderConfig;

/**
 * Turns transport failures and HTTP error answers into one-line {@link LlmException}s that name the server and say
 * what to do. All server-supplied text passes through {@link ProviderConfig#redact(String)}.
 */
final class HttpFailures {

    private static final int SNIPPET_CHARS = 200;

    private HttpFailures() {
    }

    /** A transport failure: no HTTP answer at all. */
    static LlmException forIo(ProviderConfig config, IOException e, Duration callLimit) {
        String where = config.describe();
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            String what = config.quirks().local() ? " is not running (connection refused)"
                    : " refused the connection";
            return new LlmException(Kind.CONNECTION_REFUSED, where + what, e);
        }
        if (e instanceof UnknownHostException) {
            return new LlmException(Kind.UNKNOWN_HOST, where + " cannot be reached: unknown host", e);
        }
        if (e instanceof SocketTimeoutException) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("connect")) {
                return new LlmException(Kind.TIMEOUT, where + " did not accept a connection within "
                        + seconds(config.timeouts().connect()) + " (connect timeout)", e);
            }
            return new LlmException(Kind.TIMEOUT, where + " sent nothing for " + seconds(config.timeouts().read())
                    + " (read timeout); a slow model may need a longer read timeout", e);
        }
        if (e instanceof InterruptedIOException) {
            if (Thread.currentThread().isInterrupted()) {
                return new LlmException(Kind.CANCELLED, "request to " + where + " was cancelled", e);
            }
            return new LlmException(Kind.TIMEOUT, where + " did not finish the answer within " + seconds(callLimit)
                    + " (call timeout)", e);
        }
        return new LlmException(Kind.NETWORK, where + " failed: " + config.redact(String.valueOf(e.getMessage())),
                e);
    }

    /** An HTTP error answer that will not be retried (any more). */
    static LlmException forStatus(ProviderConfig config, int status, String body, int attempts) {
        String where = config.describe();
        String detail = serverMessage(config, body);
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        if (status == 401 || status == 403) {
            String key = config.apiKey().resolve().isPresent()
                    ? "rejected the API key from " + config.apiKey().description()
                    : "needs an API key; set " + config.apiKey().description();
            return new LlmException(Kind.AUTH, where + " " + key + " (HTTP " + status + ")" + detail, status, null,
                    null);
        }
        if (status == 429) {
            return new LlmException(Kind.RATE_LIMITED, where + " is rate limiting requests (HTTP 429" + tries + ")"
                    + detail, status, null, null);
        }
        if (status >= 500) {
            return new LlmException(Kind.SERVER_ERROR, where + " failed with HTTP " + status + tries + detail,
                    status, null, null);
        }
        if (status == 404) {
            return new LlmException(Kind.NOT_FOUND, where + " has no such endpoint or model"
                    + (config.model().isEmpty() ? "" : " (model '" + config.model() + "')") + " (HTTP 404)" + detail,
                    status, null, null);
        }
        return new LlmException(Kind.BAD_REQUEST, where + " rejected the request (HTTP " + status + ")" + detail,
                status, null, null);
    }

    /** ": <message>" from an OpenAI-style error body, or a short snippet of any other body; empty for none. */
    static String serverMessage(ProviderConfig config, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = ChatJson.MAPPER.readTree(body);
            if (root != null && root.has("error")) {
                return ": " + snippet(config, ChatJson.errorText(root));
            }
        } catch (IOException notJson) {
            // fall through: show the raw text
        }
        return ": " + snippet(config, body);
    }

    /** Server text made safe for a one-line message: key removed, whitespace collapsed, length capped. */
    static String snippet(ProviderConfig config, String text) {
        String oneLine = config.redact(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        if (oneLine.isEmpty()) {
            return "(empty body)";
        }
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "...";
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
