package org.exhaustionlab.llm.anthropic;

import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.KEY;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.config;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.error;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.json;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.message;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.ok;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicFailureTest {

    private static final String REQUEST_ID = " [request-id req_011CSHoEeqs5C35K2UUqR7Fy]";

    private final MockWebServer server = new MockWebServer();
    private final AnthropicFixtures.RecordingSleeper sleeper = new AnthropicFixtures.RecordingSleeper();
    private final List<String> messages = new ArrayList<>();
    private AnthropicProvider provider;
    private String where;

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = provider(config(server), sleeper);
        where = "Anthropic at " + config(server).baseUrl();
    }

    @AfterEach
    void stop() {
        server.close();
        for (String message : messages) {
            assertFalse(message.contains(KEY), "API key leaked: " + message);
        }
    }

    private LlmException failing(AnthropicProvider p) {
        LlmException e = assertThrows(LlmException.class, () -> p.chat(ChatRequest.of("s", "u")));
        messages.add(e.getMessage());
        messages.add(String.valueOf(e.getCause()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    private static MockResponse withRetryAfter(MockResponse response, String seconds) {
        return new MockResponse.Builder(response).setHeader("retry-after", seconds).build();
    }

    @Test
    void rateLimitThenSuccessWaitsWhatRetryAfterSays() throws Exception {
        server.enqueue(withRetryAfter(json(429, error("rate_limit_error", "Number of request tokens has exceeded "
                + "your per-minute rate limit")), "3"));
        server.enqueue(ok(message(null, "done", "end_turn", 1, 1)));
        assertEquals("done", provider.chat(ChatRequest.of("s", "u")).content());
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits);
    }

    @Test
    void overloadedThenSuccessBacksOffExponentially() throws Exception {
        server.enqueue(json(529, error("overloaded_error", "Overloaded")));
        server.enqueue(json(500, error("api_error", "Internal server error")));
        server.enqueue(ok(message(null, "done", "end_turn", 1, 1)));
        assertEquals("done", provider.chat(ChatRequest.of("s", "u")).content());
        assertEquals(3, server.getRequestCount());
        // random 0.5 with equal jitter: 100 ms -> 75 ms, 200 ms -> 150 ms
        assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150)), sleeper.waits);
    }

    @Test
    void overloadedForeverGivesUpAfterTheAllowedAttempts() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(529, error("overloaded_error", "Overloaded")));
        }
        LlmException e = failing(provider);
        assertEquals(Kind.SERVER_ERROR, e.kind());
        assertEquals(529, e.httpStatus());
        assertEquals(where + " is overloaded (HTTP 529 overloaded_error after 4 attempts): Overloaded" + REQUEST_ID,
                e.getMessage());
        assertEquals(4, server.getRequestCount());
        assertEquals(3, sleeper.waits.size());
    }

    @Test
    void retryAfterLongerThanAllowedFailsAtOnce() {
        server.enqueue(withRetryAfter(json(429, error("rate_limit_error", "slow down")), "600"));
        LlmException e = failing(provider);
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(where + " asks to wait 600 s before retrying (HTTP 429 rate_limit_error), longer than the "
                + "allowed 5 s: slow down", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aSpentBudgetIsNotRetried() {
        server.enqueue(json(429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"You "
                + "have reached your specified API usage limits.\",\"details\":{\"error_code\":"
                + "\"enforced_spend_limit_reached\"}}}"));
        LlmException e = failing(provider);
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertTrue(e.getMessage().startsWith(where + " refuses requests: the spend limit is reached, retrying will "
                + "not help (HTTP 429 rate_limit_error)"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void badKeyIsAuthWithoutTheKeyEvenWhenTheServerEchoesIt() {
        server.enqueue(json(401, error("authentication_error", "invalid x-api-key: " + KEY)));
        LlmException e = failing(provider);
        assertEquals(Kind.AUTH, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals(where + " rejected the API key from a configured API key (HTTP 401 authentication_error): "
                + "invalid x-api-key: ***" + REQUEST_ID, e.getMessage());
        assertEquals(1, server.getRequestCount(), "401 must not be retried");
    }

    @Test
    void invalidRequestIsBadRequestWithTheServerMessage() {
        server.enqueue(json(400, error("invalid_request_error", "messages: roles must alternate between "
                + "\"user\" and \"assistant\"")));
        LlmException e = failing(provider);
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertEquals(where + " rejected the request (HTTP 400 invalid_request_error): messages: roles must "
                + "alternate between \"user\" and \"assistant\"" + REQUEST_ID, e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void unknownModelIsNotFound() {
        server.enqueue(json(404, error("not_found_error", "model: claude-test-1")));
        LlmException e = failing(provider);
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals(where + " has no such endpoint or model (model 'claude-test-1') (HTTP 404 not_found_error): "
                + "model: claude-test-1" + REQUEST_ID, e.getMessage());
    }

    @Test
    void maxTokensIsTruncatedWithThePartialAnswerKept() {
        server.enqueue(ok(message("plan", "```pine\n//@version=5\nstrategy(\"T\")\nx = ta.sma(", "max_tokens", 50,
                8192)));
        LlmException e = failing(provider);
        assertEquals(Kind.TRUNCATED, e.kind());
        assertEquals("the answer of " + where + " was cut off at the token limit after 8192 tokens (stop_reason "
                + "max_tokens); raise max tokens or ask for shorter code", e.getMessage());
        assertEquals("```pine\n//@version=5\nstrategy(\"T\")\nx = ta.sma(", e.partialResponse().orElseThrow()
                .content());
        assertEquals("plan", e.partialResponse().orElseThrow().reasoning());
    }

    @Test
    void garbageBodyIsBadResponse() {
        server.enqueue(ok("<html>502 Bad Gateway from proxy</html>"));
        LlmException e = failing(provider);
        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertEquals(where + " returned invalid JSON instead of a message: <html>502 Bad Gateway from proxy</html>",
                e.getMessage());
        server.enqueue(ok("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\"}"));
        LlmException noContent = failing(provider);
        assertEquals(Kind.BAD_RESPONSE, noContent.kind());
        assertTrue(noContent.getMessage().contains("a message without content blocks"), noContent.getMessage());
    }

    @Test
    void serverDownIsConnectionRefusedAndNotRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AnthropicProvider down = provider(config(server).withBaseUrl("http://127.0.0.1:" + port), sleeper);
        LlmException e = failing(down);
        assertEquals(Kind.CONNECTION_REFUSED, e.kind());
        assertEquals("Anthropic at http://127.0.0.1:" + port + " refused the connection", e.getMessage());
        assertFalse(down.isReachable());
        assertTrue(sleeper.waits.isEmpty(), "connection refused must not be retried");
    }

    @Test
    void missingKeyFailsBeforeSendingAndNamesTheVariables() {
        ProviderConfig noKey = AnthropicPresets.anthropic("claude-test-1", name -> null)
                .withBaseUrl(server.url("/").toString());
        LlmException e = failing(provider(noKey, sleeper));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().endsWith("needs an API key: set environment variables ANTHROPIC_API_KEY / "
                + "EXHAUSTIONLAB_LLM_API_KEY"), e.getMessage());
        assertFalse(provider(noKey, sleeper).isReachable());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void apiKeyNeverAppearsInAnyLogLineOrMessage() throws Exception {
        try (LogCapture log = new LogCapture()) {
            server.enqueue(json(529, error("overloaded_error", "Overloaded for key " + KEY)));
            server.enqueue(ok(message("thinking about " + KEY.length(), "fine", "end_turn", 1, 1)));
            provider.chat(ChatRequest.of("s", "u"));
            server.enqueue(json(401, error("authentication_error", "bad key " + KEY)));
            failing(provider);
            server.enqueue(ok("not json " + KEY));
            failing(provider);
            server.enqueue(new AnthropicFixtures.Sse().messageStart(1).error("api_error", "boom " + KEY).response());
            server.enqueue(new AnthropicFixtures.Sse().messageStart(1).error("api_error", "boom " + KEY).response());
            server.enqueue(new AnthropicFixtures.Sse().messageStart(1).error("api_error", "boom " + KEY).response());
            server.enqueue(new AnthropicFixtures.Sse().messageStart(1).error("api_error", "boom " + KEY).response());
            LlmException streamed = assertThrows(LlmException.class,
                    () -> provider.chatStreaming(ChatRequest.of("s", "u"), ChatStreamListener.NONE));
            messages.add(streamed.getMessage());
            assertTrue(streamed.getMessage().endsWith("reported api_error while streaming: boom ***"),
                    streamed.getMessage());
            server.enqueue(ok("{\"data\":[],\"has_more\":false}"));
            assertTrue(provider.isReachable());
            messages.add(provider.toString());
            messages.add(provider.config().toString());
            List<String> lines = log.lines();
            assertTrue(lines.stream().anyMatch(line -> line.contains("HTTP 529 overloaded_error, retry 2/4")),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(line -> line.contains("a configured API key")), lines.toString());
            messages.addAll(lines);
        }
        assertTrue(messages.size() > 8);
    }

    @Test
    void anApiKeyFromTheEnvironmentIsRedactedToo() {
        ProviderConfig fromEnv = config(server).withApiKey(ApiKeySource.fromEnvironment(
                name -> name.equals("ANTHROPIC_API_KEY") ? KEY : null, "ANTHROPIC_API_KEY"));
        server.enqueue(json(400, error("invalid_request_error", "header x-api-key=" + KEY + " malformed")));
        LlmException e = failing(provider(fromEnv, sleeper));
        assertTrue(e.getMessage().contains("header x-api-key=*** malformed"), e.getMessage());
    }
}
