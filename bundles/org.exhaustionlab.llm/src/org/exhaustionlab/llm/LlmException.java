package org.exhaustionlab.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * A chat request failed. The message is one line that names the server and says what went wrong, e.g.
 * {@code "LM Studio at http://localhost:1234/v1 is not running (connection refused)"}. Messages never contain API
 * keys: implementations pass server-supplied text through {@link ProviderConfig#redact(String)}.
 */
public final class LlmException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, so callers can decide whether to retry, ask the user to start a server, or give up. */
    public enum Kind {
        /** Nothing listens at the base URL: the local server is not started. */
        CONNECTION_REFUSED(false),
        /** The host name does not resolve. */
        UNKNOWN_HOST(false),
        /** Connect, read or call timeout elapsed. */
        TIMEOUT(true),
        /** HTTP 429 still after the allowed retries. */
        RATE_LIMITED(true),
        /** HTTP 5xx still after the allowed retries. */
        SERVER_ERROR(true),
        /** HTTP 401/403: key missing, wrong or without access. */
        AUTH(false),
        /** HTTP 404: wrong base URL or unknown model. */
        NOT_FOUND(false),
        /** HTTP 400/422 and other 4xx: the server rejected the request (e.g. context too long, bad parameter). */
        BAD_REQUEST(false),
        /** The server answered with something that is not a chat completion (invalid JSON, no choices). */
        BAD_RESPONSE(true),
        /** The token limit cut the answer off ({@code finish_reason: "length"}); see {@link #partialResponse()}. */
        TRUNCATED(false),
        /** Another network failure (connection reset, TLS, ...). */
        NETWORK(true),
        /** The calling thread was interrupted or the call cancelled. */
        CANCELLED(false),
        /** A replay folder has no recorded answer for this request. */
        REPLAY_MISSING(false),
        /** The provider is configured wrongly (missing key, malformed URL, unreadable record folder). */
        CONFIGURATION(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** True when the same request may succeed later without anything being changed. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final transient ChatResponse partialResponse;

    public LlmException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public LlmException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, null, cause);
    }

    /**
     * @param httpStatus      the HTTP status that caused the failure, 0 when there was none
     * @param partialResponse the cut-off answer of a {@link Kind#TRUNCATED} failure, otherwise null
     */
    public LlmException(Kind kind, String message, int httpStatus, ChatResponse partialResponse, Throwable cause) {
        super(oneLine(message), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.partialResponse = partialResponse;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status code behind the failure, 0 for transport failures. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The answer received before the failure (for {@link Kind#TRUNCATED}), if any. */
    public Optional<ChatResponse> partialResponse() {
        return Optional.ofNullable(partialResponse);
    }

    /** Error messages end up in status bars and log lines: keep them on one line. */
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
