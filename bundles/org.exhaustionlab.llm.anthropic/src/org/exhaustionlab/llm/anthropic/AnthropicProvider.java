package org.exhaustionlab.llm.anthropic;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.StreamProgress;

/**
 * An {@link LlmProvider} speaking Anthropic's Messages API ({@code POST {base}/v1/messages}, {@code x-api-key},
 * {@code anthropic-version: 2023-06-01}). Retries HTTP 429, 529 (overloaded) and other 5xx with the configured
 * {@link org.exhaustionlab.llm.RetryPolicy}, honouring {@code retry-after}; an {@code error} event that arrives in a
 * stream before any text is retried the same way. Connection refused and timeouts are never retried.
 *
 * @implNote Thread-safe. One OkHttp connection pool is shared by all instances.
 */
public final class AnthropicProvider implements LlmProvider {

    public static final String API_VERSION = "2023-06-01";

    private static final System.Logger LOG = System.getLogger(AnthropicProvider.class.getName());
    /** Exactly {@code application/json}: built from bytes so that OkHttp adds no charset parameter. */
    private static final MediaType JSON = MediaType.get("application/json");
    private static final OkHttpClient SHARED = new OkHttpClient();
    /** {@link #isReachable()} must answer quickly even when the configured timeouts are minutes. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final long ERROR_BODY_BYTES = 16 * 1024;
    /** Page size of {@code GET /v1/models} (Anthropic's maximum) and a bound on pages against a looping server. */
    private static final int MODEL_PAGE = 1000;
    private static final int MAX_MODEL_PAGES = 20;

    private final ProviderConfig config;
    private final AnthropicOptions options;
    private final OkHttpClient client;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public AnthropicProvider(ProviderConfig config) {
        this(config, AnthropicOptions.DEFAULT);
    }

    public AnthropicProvider(ProviderConfig config, AnthropicOptions options) {
        this(config, options, SHARED);
    }

    /** Uses {@code baseClient}'s pool, dispatcher and interceptors with this provider's timeouts. */
    public AnthropicProvider(ProviderConfig config, AnthropicOptions options, OkHttpClient baseClient) {
        this(config, options, baseClient, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }

    AnthropicProvider(ProviderConfig config, AnthropicOptions options, OkHttpClient baseClient, Sleeper sleeper,
            DoubleSupplier random) {
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
        this.client = baseClient.newBuilder()
                .connectTimeout(config.timeouts().connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeouts().read().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.timeouts().call().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.sleeper = sleeper;
        this.random = random;
    }

    public ProviderConfig config() {
        return config;
    }

    public AnthropicOptions options() {
        return options;
    }

    @Override
    public String id() {
        return config.id();
    }

    @Override
    public String displayName() {
        return config.displayName();
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        return execute(request, false, ChatStreamListener.NONE);
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        return execute(request, true, Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public boolean isReachable() {
        try {
            Call call = client.newCall(get(config.endpoint("/v1/models")));
            call.timeout().timeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            try (Response response = call.execute()) {
                return response.isSuccessful();
            }
        } catch (IOException | LlmException e) {
            LOG.log(Level.DEBUG, () -> config.describe() + " is not reachable: " + config.redact(e.getMessage()));
            return false;
        }
    }

    /** All model ids, following {@code has_more} / {@code last_id} pagination. */
    @Override
    public List<String> listModels() throws LlmException {
        List<String> models = new ArrayList<>();
        String afterId = "";
        for (int page = 0; page < MAX_MODEL_PAGES; page++) {
            HttpUrl.Builder url = HttpUrl.get(config.endpoint("/v1/models")).newBuilder()
                    .addQueryParameter("limit", Integer.toString(MODEL_PAGE));
            if (!afterId.isEmpty()) {
                url.addQueryParameter("after_id", afterId);
            }
            try (Response response = client.newCall(get(url.build().toString())).execute()) {
                String body = response.body().string();
                if (!response.isSuccessful()) {
                    throw AnthropicFailures.forStatus(config, response.code(),
                            AnthropicFailures.ErrorBody.of(config, body), 1, requestId(response));
                }
                JsonNode root = MessagesJson.parse(body, config);
                if (!root.path("data").isArray()) {
                    throw MessagesJson.badResponse(config, "a model list without 'data'", body);
                }
                root.path("data").forEach(model -> {
                    String id = MessagesJson.text(model, "id");
                    if (!id.isEmpty()) {
                        models.add(id);
                    }
                });
                afterId = MessagesJson.text(root, "last_id");
                if (!root.path("has_more").asBoolean(false) || afterId.isEmpty()) {
                    break;
                }
            } catch (IOException e) {
                throw AnthropicFailures.forIo(config, e, config.timeouts().call());
            }
        }
        return List.copyOf(models);
    }

    private ChatResponse execute(ChatRequest request, boolean stream, ChatStreamListener listener)
            throws LlmException {
        long start = System.nanoTime();
        Duration callLimit = request.timeout() != null ? request.timeout() : config.timeouts().call();
        long deadline = start + callLimit.toNanos();
        Request httpRequest = post(MessagesJson.requestBody(request, config, options, stream), stream);
        int maxAttempts = config.retry().maxAttempts();
        LOG.log(Level.DEBUG, () -> "POST " + httpRequest.url() + " to " + config + ": " + request.messages().size()
                + " messages" + (stream ? ", streaming" : ""));
        for (int attempt = 1; ; attempt++) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new LlmException(Kind.TIMEOUT, config.describe() + " did not finish the answer within "
                        + AnthropicFailures.seconds(callLimit) + " (call timeout)");
            }
            Call call = client.newCall(httpRequest);
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
            Duration wait;
            String why;
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    if (!stream || isPlainJson(response)) {
                        ChatResponse complete = MessagesJson.parseMessage(response.body().string(), config,
                                Duration.ofNanos(System.nanoTime() - start));
                        if (stream) {
                            reportAtOnce(complete, listener);
                        }
                        return finish(complete);
                    }
                    MessagesStream reader = new MessagesStream(config, listener, start);
                    try {
                        return finish(reader.read(response.body().source()));
                    } catch (LlmException e) {
                        // Nothing was shown yet, so an overload reported inside the stream is retried like a 529.
                        boolean retry = !reader.startedAnswer() && e.partialResponse().isPresent()
                                && (e.kind() == Kind.SERVER_ERROR || e.kind() == Kind.RATE_LIMITED);
                        if (!retry || attempt >= maxAttempts) {
                            throw e;
                        }
                        wait = config.retry().backoff(attempt, random.getAsDouble());
                        why = "an error event in the stream";
                    }
                } else {
                    int status = response.code();
                    AnthropicFailures.ErrorBody error = AnthropicFailures.ErrorBody.of(config,
                            bodyText(response.body()));
                    if (!AnthropicFailures.retryable(status, error) || attempt >= maxAttempts) {
                        throw AnthropicFailures.forStatus(config, status, error, attempt, requestId(response));
                    }
                    wait = waitBeforeRetry(response, status, error, attempt);
                    why = error.status(status);
                }
            } catch (IOException e) {
                throw AnthropicFailures.forIo(config, e, callLimit);
            }
            final int failed = attempt;
            final Duration pause = wait;
            LOG.log(Level.INFO, () -> config.describe() + " answered " + why + ", retry " + (failed + 1) + "/"
                    + maxAttempts + " in " + AnthropicFailures.seconds(pause));
            if (System.nanoTime() + wait.toNanos() > deadline) {
                throw new LlmException(Kind.TIMEOUT, config.describe() + " did not answer successfully within "
                        + AnthropicFailures.seconds(callLimit) + " (call timeout, " + attempt + " attempts)");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(Kind.CANCELLED, "request to " + config.describe() + " was cancelled", e);
            }
        }
    }

    /** The server's {@code retry-after} when it sent one, else backoff with jitter. */
    private Duration waitBeforeRetry(Response response, int status, AnthropicFailures.ErrorBody error, int attempt)
            throws LlmException {
        Optional<Duration> retryAfter = AnthropicFailures.retryAfter(response.header("retry-after"));
        if (retryAfter.isEmpty()) {
            return config.retry().backoff(attempt, random.getAsDouble());
        }
        if (retryAfter.get().compareTo(config.retry().maxRetryAfter()) > 0) {
            throw new LlmException(status == 429 ? Kind.RATE_LIMITED : Kind.SERVER_ERROR, config.describe()
                    + " asks to wait " + AnthropicFailures.seconds(retryAfter.get()) + " before retrying ("
                    + error.status(status) + "), longer than the allowed "
                    + AnthropicFailures.seconds(config.retry().maxRetryAfter()) + error.detail(), status, null, null);
        }
        return retryAfter.get();
    }

    /** Anthropic-compatible servers may ignore {@code stream: true} and send one JSON body; that is accepted. */
    private static boolean isPlainJson(Response response) {
        return response.header("Content-Type", "").startsWith("application/json");
    }

    private static void reportAtOnce(ChatResponse response, ChatStreamListener listener) {
        if (!response.reasoning().isEmpty()) {
            listener.onReasoning(response.reasoning());
        }
        if (!response.content().isEmpty()) {
            listener.onContent(response.content());
        }
        listener.onProgress(new StreamProgress(1, response.reasoning().length(), response.content().length(), false,
                response.latency()));
    }

    /** A cut-off answer is an error the caller must see; the text is kept for salvage or a repair prompt. */
    private ChatResponse finish(ChatResponse response) throws LlmException {
        if (response.finishReason() == FinishReason.LENGTH) {
            throw new LlmException(Kind.TRUNCATED, "the answer of " + config.describe() + " was cut off at the token "
                    + "limit after " + response.usage().completionTokens() + " tokens (stop_reason max_tokens); raise "
                    + "max tokens or ask for shorter code", 0, response, null);
        }
        LOG.log(Level.DEBUG, () -> config.describe() + " answered: " + response);
        return response;
    }

    private Request post(String json, boolean stream) throws LlmException {
        Request.Builder builder = new Request.Builder().url(config.endpoint("/v1/messages"))
                .header("accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON));
        return authorize(builder).build();
    }

    private Request get(String url) throws LlmException {
        return authorize(new Request.Builder().url(url).get()).build();
    }

    private Request.Builder authorize(Request.Builder builder) throws LlmException {
        Optional<String> key = config.apiKey().resolve();
        if (key.isPresent()) {
            builder.header("x-api-key", key.get());
        } else if (config.quirks().requiresApiKey()) {
            throw new LlmException(Kind.CONFIGURATION, config.describe() + " needs an API key: set "
                    + config.apiKey().description());
        }
        return builder.header("anthropic-version", API_VERSION);
    }

    private static Optional<String> requestId(Response response) {
        return Optional.ofNullable(response.header("request-id")).filter(id -> !id.isBlank());
    }

    /** At most {@link #ERROR_BODY_BYTES} of an error body: enough for the message, safe against huge pages. */
    private static String bodyText(ResponseBody body) throws IOException {
        return body.source().request(ERROR_BODY_BYTES) ? body.source().getBuffer().readUtf8(ERROR_BODY_BYTES)
                : body.source().readUtf8();
    }

    @Override
    public String toString() {
        return "AnthropicProvider[" + config.describe() + ", model " + config.model() + "]";
    }
}
