package org.exhaustionlab.llm.openai;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.Call;
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
 * An {@link LlmProvider} for any server speaking the OpenAI chat-completions API (DeepSeek, OpenAI, Ollama,
 * LM Studio, vLLM, llama.cpp). Retries HTTP 429 and 5xx with exponential backoff and jitter, honouring
 * {@code Retry-After}; never retries connection refused or timeouts (the server is down or the generation is slow,
 * and a retry would only double the wait).
 *
 * @implNote Thread-safe. One OkHttp connection pool is shared by all instances.
 */
public final class OpenAiCompatibleProvider implements LlmProvider {

    private static final System.Logger LOG = System.getLogger(OpenAiCompatibleProvider.class.getName());
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final OkHttpClient SHARED = new OkHttpClient();
    /** {@link #isReachable()} must answer quickly even when the configured timeouts are minutes. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** How much of an error body is read for the message. */
    private static final long ERROR_BODY_BYTES = 16 * 1024;

    private final ProviderConfig config;
    private final OkHttpClient client;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public OpenAiCompatibleProvider(ProviderConfig config) {
        this(config, SHARED);
    }

    /** Uses {@code baseClient}'s pool, dispatcher and interceptors with this provider's timeouts. */
    public OpenAiCompatibleProvider(ProviderConfig config, OkHttpClient baseClient) {
        this(config, baseClient, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }

    OpenAiCompatibleProvider(ProviderConfig config, OkHttpClient baseClient, Sleeper sleeper, DoubleSupplier random) {
        this.config = Objects.requireNonNull(config, "config");
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
            Call call = client.newCall(get("/models"));
            call.timeout().timeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            try (Response response = call.execute()) {
                return response.isSuccessful();
            }
        } catch (IOException | LlmException e) {
            LOG.log(Level.DEBUG, () -> config.describe() + " is not reachable: " + config.redact(e.getMessage()));
            return false;
        }
    }

    @Override
    public List<String> listModels() throws LlmException {
        Call call = client.newCall(get("/models"));
        try (Response response = call.execute()) {
            String body = bodyText(response.body(), Long.MAX_VALUE);
            if (!response.isSuccessful()) {
                throw HttpFailures.forStatus(config, response.code(), body, 1);
            }
            JsonNode data = ChatJson.parse(body, config).path("data");
            if (!data.isArray()) {
                throw ChatJson.badResponse(config, "a model list without 'data'", body);
            }
            List<String> models = new ArrayList<>();
            data.forEach(model -> {
                String modelId = ChatJson.text(model, "id");
                if (!modelId.isEmpty()) {
                    models.add(modelId);
                }
            });
            return List.copyOf(models);
        } catch (IOException e) {
            throw HttpFailures.forIo(config, e, config.timeouts().call());
        }
    }

    private ChatResponse execute(ChatRequest request, boolean stream, ChatStreamListener listener)
            throws LlmException {
        long start = System.nanoTime();
        Duration callLimit = request.timeout() != null ? request.timeout() : config.timeouts().call();
        long deadline = start + callLimit.toNanos();
        Request httpRequest = post(ChatJson.requestBody(request, config, stream), stream);
        int maxAttempts = config.retry().maxAttempts();
        LOG.log(Level.DEBUG, () -> "POST " + httpRequest.url() + " to " + config + ": " + request.messages().size()
                + " messages" + (stream ? ", streaming" : ""));
        for (int attempt = 1; ; attempt++) {
            Call call = client.newCall(httpRequest);
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new LlmException(Kind.TIMEOUT, config.describe() + " did not finish the answer within "
                        + HttpFailures.seconds(callLimit) + " (call timeout)");
            }
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
            Duration wait;
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    if (stream && !isPlainJson(response)) {
                        return finish(new SseChatStream(config, listener, start).read(response.body().source()));
                    }
                    ChatResponse complete = ChatJson.parseCompletion(bodyText(response.body(), Long.MAX_VALUE),
                            config, Duration.ofNanos(System.nanoTime() - start));
                    if (stream) {
                        reportAtOnce(complete, listener);
                    }
                    return finish(complete);
                }
                int status = response.code();
                String body = bodyText(response.body(), ERROR_BODY_BYTES);
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || attempt >= maxAttempts) {
                    throw HttpFailures.forStatus(config, status, body, attempt);
                }
                wait = waitBeforeRetry(response, status, body, attempt);
                final int failed = attempt;
                LOG.log(Level.INFO, () -> config.describe() + " answered HTTP " + status + ", retry " + (failed + 1)
                        + "/" + maxAttempts + " in " + HttpFailures.seconds(wait));
            } catch (IOException e) {
                throw HttpFailures.forIo(config, e, callLimit);
            }
            if (System.nanoTime() + wait.toNanos() > deadline) {
                throw new LlmException(Kind.TIMEOUT, config.describe() + " did not answer successfully within "
                        + HttpFailures.seconds(callLimit) + " (call timeout, " + attempt + " attempts)");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(Kind.CANCELLED, "request to " + config.describe() + " was cancelled", e);
            }
        }
    }

    /** Backoff with jitter, or the server's {@code Retry-After} when it sent one. */
    private Duration waitBeforeRetry(Response response, int status, String body, int attempt) throws LlmException {
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
        if (retryAfter.isEmpty()) {
            return config.retry().backoff(attempt, random.getAsDouble());
        }
        if (retryAfter.get().compareTo(config.retry().maxRetryAfter()) > 0) {
            throw new LlmException(status == 429 ? Kind.RATE_LIMITED : Kind.SERVER_ERROR, config.describe()
                    + " asks to wait " + HttpFailures.seconds(retryAfter.get()) + " before retrying (HTTP " + status
                    + "), longer than the allowed " + HttpFailures.seconds(config.retry().maxRetryAfter())
                    + HttpFailures.serverMessage(config, body), status, null, null);
        }
        return retryAfter.get();
    }

    /** Some servers ignore {@code stream: true} and answer with one JSON body; that is accepted as is. */
    private static boolean isPlainJson(Response response) {
        String type = response.header("Content-Type", "");
        return type.startsWith("application/json");
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

    /** A cut-off answer is an error the caller must see, but the text is kept for salvage or a repair prompt. */
    private ChatResponse finish(ChatResponse response) throws LlmException {
        if (response.finishReason() == FinishReason.LENGTH) {
            throw new LlmException(Kind.TRUNCATED, "the answer of " + config.describe() + " was cut off at the token "
                    + "limit after " + response.usage().completionTokens() + " tokens (finish_reason length); raise "
                    + "max tokens or ask for shorter code", 0, response, null);
        }
        LOG.log(Level.DEBUG, () -> config.describe() + " answered: " + response);
        return response;
    }

    private Request post(String json, boolean stream) throws LlmException {
        Request.Builder builder = new Request.Builder().url(config.endpoint("/chat/completions"))
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(json, JSON));
        return authorize(builder).build();
    }

    private Request get(String path) throws LlmException {
        return authorize(new Request.Builder().url(config.endpoint(path)).get()).build();
    }

    private Request.Builder authorize(Request.Builder builder) throws LlmException {
        Optional<String> key = config.apiKey().resolve();
        if (key.isPresent()) {
            builder.header("Authorization", "Bearer " + key.get());
        } else if (config.quirks().requiresApiKey()) {
            throw new LlmException(Kind.CONFIGURATION, config.describe() + " needs an API key: set "
                    + config.apiKey().description());
        }
        return builder;
    }

    private static String bodyText(ResponseBody body, long maxBytes) throws IOException {
        if (maxBytes == Long.MAX_VALUE) {
            return body.string();
        }
        return body.source().request(maxBytes) ? body.source().getBuffer().readUtf8(maxBytes)
                : body.source().readUtf8();
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleProvider[" + config.describe() + "]";
    }
}
