package org.exhaustionlab.llm.openai;

import static org.exhaustionlab.llm.openai.OpenAiFixtures.KEY;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.completion;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.config;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.json;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.ok;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.Timeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureHandlingTest {

    private final MockWebServer server = new MockWebServer();
    private final OpenAiFixtures.RecordingSleeper sleeper = new OpenAiFixtures.RecordingSleeper();
    private final List<String> messages = new ArrayList<>();
    private OpenAiCompatibleProvider provider;

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = provider(config(server), sleeper);
    }

    @AfterEach
    void stop() {
        server.close();
        for (String message : messages) {
            assertFalse(message.contains(KEY), "API key leaked: " + message);
        }
    }

    private LlmException failing(OpenAiCompatibleProvider p, ChatRequest request) {
        LlmException e = assertThrows(LlmException.class, () -> p.chat(request));
        messages.add(e.getMessage());
        messages.add(String.valueOf(e.getCause()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    @Test
    void serverDownIsConnectionRefusedNamingTheServer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProviderConfig down = ProviderPresets.lmStudio("m").withBaseUrl("http://127.0.0.1:" + port + "/v1");
        LlmException e = failing(provider(down, sleeper), ChatRequest.of("s", "u"));
        assertEquals(Kind.CONNECTION_REFUSED, e.kind());
        assertEquals("LM Studio at http://127.0.0.1:" + port + "/v1 is not running (connection refused)",
                e.getMessage());
        assertFalse(provider(down, sleeper).isReachable());
        assertTrue(sleeper.waits.isEmpty(), "connection refused must not be retried");
    }

    @Test
    void silentServerIsReadTimeout() {
        provider = provider(config(server).withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(300),
                Duration.ofSeconds(20))), sleeper);
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS)
                .body(completion("late", null, null, "stop")).build());
        LlmException e = failing(provider, ChatRequest.of("s", "u"));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().startsWith("LM Studio at " + config(server).baseUrl() + " sent nothing for 300 ms "
                + "(read timeout)"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void requestTimeoutLimitsTheWholeCall() {
        server.enqueue(new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS)
                .body(completion("late", null, null, "stop")).build());
        LlmException e = failing(provider, ChatRequest.builder().user("u").timeout(Duration.ofMillis(400)).build());
        assertEquals(Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().endsWith("did not finish the answer within 400 ms (call timeout)"), e.getMessage());
    }

    @Test
    void finishReasonLengthIsTruncatedWithThePartialAnswerKept() {
        server.enqueue(ok(completion("```pine\n//@version=5\nstrategy(\"T\")\nx = ta.sma(", null, null, "length")));
        LlmException e = failing(provider, ChatRequest.of("s", "u"));
        assertEquals(Kind.TRUNCATED, e.kind());
        assertTrue(e.getMessage().contains("cut off at the token limit after 17 tokens"), e.getMessage());
        assertEquals("```pine\n//@version=5\nstrategy(\"T\")\nx = ta.sma(", e.partialResponse().orElseThrow()
                .content());
    }

    @Test
    void garbageBodyIsBadResponse() {
        server.enqueue(ok("<html>502 Bad Gateway from proxy</html>"));
        LlmException e = failing(provider, ChatRequest.of("s", "u"));
        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertEquals("LM Studio at " + config(server).baseUrl() + " returned invalid JSON instead of a chat completion: "
                + "<html>502 Bad Gateway from proxy</html>", e.getMessage());
        server.enqueue(ok("{\"object\":\"chat.completion\",\"choices\":[]}"));
        assertEquals(Kind.BAD_RESPONSE, failing(provider, ChatRequest.of("s", "u")).kind());
    }

    @Test
    void badKeyIsAuthWithoutTheKeyEvenWhenTheServerEchoesIt() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". Header was "
                + "Bearer " + KEY + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        LlmException e = failing(provider, ChatRequest.of("s", "u"));
        assertEquals(Kind.AUTH, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("LM Studio at " + config(server).baseUrl() + " rejected the API key from a configured API key "
                + "(HTTP 401): Incorrect API key provided: ***. Header was Bearer ***", e.getMessage());
        assertEquals(1, server.getRequestCount(), "401 must not be retried");
    }

    @Test
    void missingKeyForAHostedApiFailsBeforeSending() {
        ProviderConfig deepSeek = ProviderPresets.deepSeek().withBaseUrl(server.url("/").toString())
                .withApiKey(ApiKeySource.fromEnvironment(name -> null, "DEEPSEEK_API_KEY"));
        LlmException e = failing(provider(deepSeek, sleeper), ChatRequest.of("s", "u"));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().endsWith("needs an API key: set environment variable DEEPSEEK_API_KEY"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void badRequestCarriesTheServerMessageAndIsNotRetried() {
        server.enqueue(json(400, "{\"error\":{\"message\":\"This model's maximum context length is 4096 tokens\"}}"));
        LlmException e = failing(provider, ChatRequest.of("s", "u"));
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().endsWith("rejected the request (HTTP 400): This model's maximum context length is "
                + "4096 tokens"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void apiKeyNeverAppearsInAnyLogLineOrMessage() throws Exception {
        try (LogCapture log = new LogCapture()) {
            server.enqueue(json(503, "{\"error\":\"overloaded, your key " + KEY + "\"}"));
            server.enqueue(ok(completion("fine", null, null, "stop")));
            provider.chat(ChatRequest.of("s", "u"));
            server.enqueue(json(401, "{\"error\":{\"message\":\"bad key " + KEY + "\"}}"));
            failing(provider, ChatRequest.of("s", "u"));
            server.enqueue(ok("not json " + KEY));
            failing(provider, ChatRequest.of("s", "u"));
            provider.isReachable();
            messages.add(provider.toString());
            messages.add(provider.config().toString());
            List<String> lines = log.lines();
            assertTrue(lines.stream().anyMatch(line -> line.contains("retry 2/4")), lines.toString());
            assertTrue(lines.stream().anyMatch(line -> line.contains("a configured API key")), lines.toString());
            messages.addAll(lines);
        }
        assertTrue(messages.size() > 8);
    }

    @Test
    void modelsAreListedAndReachabilityProbed() throws Exception {
        server.enqueue(ok("{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5-coder-7b\",\"object\":\"model\"},"
                + "{\"id\":\"deepseek-r1-0528-qwen3-8b\",\"object\":\"model\"}]}"));
        assertEquals(List.of("qwen2.5-coder-7b", "deepseek-r1-0528-qwen3-8b"), provider.listModels());
        assertEquals("/v1/models", server.takeRequest().getUrl().encodedPath());
        server.enqueue(ok("{\"object\":\"list\",\"data\":[]}"));
        assertTrue(provider.isReachable());
        server.enqueue(json(401, "{\"error\":\"no\"}"));
        assertFalse(provider.isReachable());
    }
}
