package org.exhaustionlab.llm.anthropic;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderConfig;

/**
 * One-line {@link LlmException}s for transport failures, HTTP error answers and {@code error} stream events. Each
 * names the server, the HTTP status with Anthropic's {@code error.type}, and the server's message passed through
 * {@link ProviderConfig#redact(String)} (servers may echo the {@code x-api-key} header).
 */
final class AnthropicFailures {

    private static final int SNIPPET_CHARS = 200;
    /** {@code error.details.error_code} of a 429 that waiting will not cure. */
    private static final String SPEND_LIMIT = "enforced_spend_limit_reached";

    private AnthropicFailures() {
    }

    /** The parsed error body of a failed answer; {@code type} and {@code message} empty when it was not JSON. */
    record ErrorBody(String type, String message, boolean spendLimit) {

        static ErrorBody of(ProviderConfig config, String body) {
            if (body == null || body.isBlank()) {
                return new ErrorBody("", "", false);
            }
            try {
                JsonNode root = MessagesJson.MAPPER.readTree(body);
                if (root != null && root.has("error")) {
                    boolean spend = SPEND_LIMIT.equals(root.path("error").path("details").path("error_code").asText());
                    return new ErrorBody(MessagesJson.errorType(root), snippet(config, MessagesJson.errorText(root)),
                            spend);
                }
            } catch (IOException notJson) {
                // an HTML page from a proxy, for example: shown as it is
            }
            return new ErrorBody("", snippet(config, body), false);
        }

        /** "HTTP 429 rate_limit_error" or "HTTP 502" when the body named no type. */
        String status(int status) {
            return "HTTP " + status + (type.isEmpty() ? "" : " " + type);
        }

        String detail() {
            return message.isEmpty() ? "" : ": " + message;
        }
    }

    /** True for answers worth another attempt: rate limits (except a spent budget) and server errors incl. 529. */
    static boolean retryable(int status, ErrorBody error) {
        return (status == 429 && !error.spendLimit()) || status >= 500;
    }

    /** An HTTP error answer that is not retried (any more). */
    static LlmException forStatus(ProviderConfig config, int status, ErrorBody error, int attempts,
            Optional<String> requestId) {
        String where = config.describe();
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        String tail = error.detail() + requestId.map(id -> " [request-id " + id + "]").orElse("");
        if (status == 401 || status == 403) {
            String key = status == 403 ? "denied access to the key from " + config.apiKey().description()
                    : config.apiKey().resolve().isPresent() ? "rejected the API key from "
                            + config.apiKey().description() : "needs an API key; set " + config.apiKey().description();
            return failure(Kind.AUTH, where + " " + key + " (" + error.status(status) + ")" + tail, status);
        }
        if (status == 429) {
            String what = error.spendLimit() ? " refuses requests: the spend limit is reached, retrying will not help ("
                    : " is rate limiting requests (";
            return failure(Kind.RATE_LIMITED, where + what + error.status(status) + tries + ")" + tail, status);
        }
        if (status == 529) {
            return failure(Kind.SERVER_ERROR, where + " is overloaded (" + error.status(status) + tries + ")" + tail,
                    status);
        }
        if (status >= 500) {
            return failure(Kind.SERVER_ERROR, where + " failed with " + error.status(status) + tries + tail, status);
        }
        if (status == 404) {
            return failure(Kind.NOT_FOUND, where + " has no such endpoint or model"
                    + (config.model().isEmpty() ? "" : " (model '" + config.model() + "')") + " ("
                    + error.status(status) + ")" + tail, status);
        }
        return failure(Kind.BAD_REQUEST, where + " rejected the request (" + error.status(status) + ")" + tail,
                status);
    }

    /** An {@code error} event inside a stream that had already been accepted with HTTP 200. */
    static LlmException forStreamEvent(ProviderConfig config, JsonNode event, ChatResponse partial) {
        String type = MessagesJson.errorType(event);
        Kind kind = switch (type) {
            case "rate_limit_error" -> Kind.RATE_LIMITED;
            case "authentication_error", "permission_error" -> Kind.AUTH;
            case "invalid_request_error", "request_too_large" -> Kind.BAD_REQUEST;
            case "not_found_error" -> Kind.NOT_FOUND;
            default -> Kind.SERVER_ERROR;
        };
        return new LlmException(kind, config.describe() + " reported " + (type.isEmpty() ? "an error" : type)
                + " while streaming: " + snippet(config, MessagesJson.errorText(event)), 0, partial, null);
    }

    /** A transport failure: no HTTP answer at all. Connection refused and timeouts are never retried. */
    static LlmException forIo(ProviderConfig config, IOException e, Duration callLimit) {
        String where = config.describe();
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new LlmException(Kind.CONNECTION_REFUSED, where + (config.quirks().local()
                    ? " is not running (connection refused)" : " refused the connection"), e);
        }
        if (e instanceof UnknownHostException) {
            return new LlmException(Kind.UNKNOWN_HOST, where + " cannot be reached: unknown host", e);
        }
        if (e instanceof SocketTimeoutException
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
            return new LlmException(Kind.TIMEOUT, where + " did not accept a connection within "
                    + seconds(config.timeouts().connect()) + " (connect timeout)", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new LlmException(Kind.TIMEOUT, where + " sent nothing for " + seconds(config.timeouts().read())
                    + " (read timeout); long thinking may need a longer read timeout", e);
        }
        if (e instanceof InterruptedIOException) {
            return Thread.currentThread().isInterrupted()
                    ? new LlmException(Kind.CANCELLED, "request to " + where + " was cancelled", e)
                    : new LlmException(Kind.TIMEOUT, where + " did not finish the answer within " + seconds(callLimit)
                            + " (call timeout)", e);
        }
        return new LlmException(Kind.NETWORK, where + " failed: " + config.redact(String.valueOf(e.getMessage())), e);
    }

    /**
     * The {@code retry-after} header Anthropic sends with 429 and 529: whole or fractional seconds. HTTP dates are
     * not used by Anthropic and count as absent (the client then backs off on its own schedule).
     */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            double secs = Double.parseDouble(header.strip());
            return secs >= 0 && Double.isFinite(secs) ? Optional.of(Duration.ofMillis((long) Math.ceil(secs * 1000)))
                    : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
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

    private static LlmException failure(Kind kind, String message, int status) {
        return new LlmException(kind, message, status, null, null);
    }
}
