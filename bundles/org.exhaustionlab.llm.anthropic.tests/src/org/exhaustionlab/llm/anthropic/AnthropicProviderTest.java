package org.exhaustionlab.llm.anthropic;

import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.KEY;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.config;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.message;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.ok;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderQuirks;
import org.exhaustionlab.llm.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest {

    private final MockWebServer server = new MockWebServer();
    private final AnthropicFixtures.RecordingSleeper sleeper = new AnthropicFixtures.RecordingSleeper();
    private AnthropicProvider provider;

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = provider(config(server), sleeper);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode sentBody(RecordedRequest request) throws Exception {
        return MessagesJson.MAPPER.readTree(request.getBody().utf8());
    }

    @Test
    void sendsExactlyTheMessagesRequest() throws Exception {
        server.enqueue(ok(message(null, "hi", "end_turn", 10, 2)));
        ChatRequest request = ChatRequest.builder().system("You write Pine.").user("Write a strategy.")
                .assistant("//@version=5").system("Only Pine v5.").user("Fix it.")
                .temperature(0.7).maxTokens(2000).stop(List.of("</pine>")).build();
        provider.chat(request);
        RecordedRequest sent = server.takeRequest();
        assertEquals("POST", sent.getMethod());
        assertEquals("/v1/messages", sent.getUrl().encodedPath());
        assertEquals(KEY, sent.getHeaders().get("x-api-key"));
        assertEquals("2023-06-01", sent.getHeaders().get("anthropic-version"));
        assertEquals("application/json", sent.getHeaders().get("content-type"));
        assertNull(sent.getHeaders().get("Authorization"), "Anthropic authenticates with x-api-key only");
        assertEquals(MessagesJson.MAPPER.readTree("{\"model\":\"claude-test-1\",\"max_tokens\":2000,"
                + "\"system\":\"You write Pine.\\n\\nOnly Pine v5.\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"Write a strategy.\"},"
                + "{\"role\":\"assistant\",\"content\":\"//@version=5\"},"
                + "{\"role\":\"user\",\"content\":\"Fix it.\"}],"
                + "\"temperature\":0.7,\"stop_sequences\":[\"</pine>\"]}"), sentBody(sent));
    }

    @Test
    void maxTokensIsAlwaysSentAndOptionalFieldsAreLeftOut() throws Exception {
        server.enqueue(ok(message(null, "hi", "end_turn", 10, 2)));
        provider.chat(ChatRequest.builder().user("u").model("claude-other").build());
        assertEquals(MessagesJson.MAPPER.readTree("{\"model\":\"claude-other\",\"max_tokens\":8192,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"u\"}]}"), sentBody(server.takeRequest()));
    }

    @Test
    void temperatureAboveAnthropicsRangeIsCappedAtOne() throws Exception {
        server.enqueue(ok(message(null, "hi", "end_turn", 10, 2)));
        provider.chat(ChatRequest.builder().user("u").temperature(1.6).build());
        assertEquals(1.0, sentBody(server.takeRequest()).get("temperature").asDouble());
    }

    @Test
    void thinkingOptionSendsTheBudgetAndNoTemperature() throws Exception {
        provider = provider(config(server), AnthropicOptions.DEFAULT.withThinkingBudget(2048), sleeper);
        server.enqueue(ok(message("plan", "code", "end_turn", 10, 2)));
        provider.chat(ChatRequest.builder().user("u").temperature(0.3).maxTokens(4096).build());
        JsonNode body = sentBody(server.takeRequest());
        assertEquals(MessagesJson.MAPPER.readTree("{\"type\":\"enabled\",\"budget_tokens\":2048}"),
                body.get("thinking"));
        assertFalse(body.has("temperature"), body.toString());
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chat(ChatRequest.builder().user("u").maxTokens(1500).build()));
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().endsWith("must exceed the thinking budget of 2048 tokens"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "an impossible budget is refused before sending");
    }

    @Test
    void thinkingBlocksBecomeReasoningAndTextBlocksTheContent() throws Exception {
        server.enqueue(ok(message("The user wants an SMA cross.\nUse ta.crossover.", "```pine\n//@version=5\n```",
                "end_turn", 42, 17)));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("```pine\n//@version=5\n```", response.content());
        assertEquals("The user wants an SMA cross.\nUse ta.crossover.", response.reasoning());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals(new Usage(42, 17, 0), response.usage());
        assertEquals("claude-test-1-20261101", response.model());
    }

    @Test
    void severalBlocksAreJoinedAndUnknownBlocksIgnored() throws Exception {
        server.enqueue(ok("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":\"first\",\"signature\":\"x\"},"
                + "{\"type\":\"redacted_thinking\",\"data\":\"EmwKAhgBEgy3va3pzix\"},"
                + "{\"type\":\"text\",\"text\":\"Part one, \"},"
                + "{\"type\":\"thinking\",\"thinking\":\"second\",\"signature\":\"y\"},"
                + "{\"type\":\"text\",\"text\":\"part two.\"}],"
                + "\"stop_reason\":\"stop_sequence\",\"stop_sequence\":\"</pine>\","
                + "\"usage\":{\"input_tokens\":5,\"cache_read_input_tokens\":100,\"output_tokens\":9}}"));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("Part one, part two.", response.content());
        assertEquals("first\n\nsecond", response.reasoning());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals(105, response.usage().promptTokens(), "cached prompt tokens count as prompt tokens");
    }

    @Test
    void stopReasonsMapToTheSharedVocabulary() {
        assertEquals(FinishReason.STOP, MessagesJson.finishReason("end_turn"));
        assertEquals(FinishReason.STOP, MessagesJson.finishReason("stop_sequence"));
        assertEquals(FinishReason.LENGTH, MessagesJson.finishReason("max_tokens"));
        assertEquals(FinishReason.LENGTH, MessagesJson.finishReason("model_context_window_exceeded"));
        assertEquals(FinishReason.TOOL_CALLS, MessagesJson.finishReason("tool_use"));
        assertEquals(FinishReason.CONTENT_FILTER, MessagesJson.finishReason("refusal"));
        assertEquals(FinishReason.UNKNOWN, MessagesJson.finishReason("pause_turn"));
        assertEquals(FinishReason.UNKNOWN, MessagesJson.finishReason(""));
    }

    @Test
    void aRequestWithOnlyASystemPromptIsRefusedBeforeSending() {
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chat(ChatRequest.builder().system("only system").build()));
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertEquals("a request to Anthropic at " + config(server).baseUrl() + " needs at least one user message "
                + "besides the system prompt", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCompatibleServerWithoutKeyGetsNoKeyHeader() throws Exception {
        provider = provider(config(server).withApiKey(ApiKeySource.none()).withQuirks(ProviderQuirks.LOCAL), sleeper);
        server.enqueue(ok(message(null, "hi", "end_turn", 1, 1)));
        provider.chat(ChatRequest.of("s", "u"));
        RecordedRequest sent = server.takeRequest();
        assertNull(sent.getHeaders().get("x-api-key"));
        assertEquals("2023-06-01", sent.getHeaders().get("anthropic-version"));
    }

    @Test
    void modelsAreListedAcrossPagesAndReachabilityProbedWithTheKey() throws Exception {
        server.enqueue(ok("{\"data\":[{\"type\":\"model\",\"id\":\"claude-a\",\"display_name\":\"A\","
                + "\"created_at\":\"2026-01-01T00:00:00Z\"}],\"has_more\":true,\"first_id\":\"claude-a\","
                + "\"last_id\":\"claude-a\"}"));
        server.enqueue(ok("{\"data\":[{\"type\":\"model\",\"id\":\"claude-b\",\"display_name\":\"B\"}],"
                + "\"has_more\":false,\"first_id\":\"claude-b\",\"last_id\":\"claude-b\"}"));
        assertEquals(List.of("claude-a", "claude-b"), provider.listModels());
        RecordedRequest first = server.takeRequest();
        assertEquals("/v1/models", first.getUrl().encodedPath());
        assertEquals("1000", first.getUrl().queryParameter("limit"));
        assertEquals("claude-a", server.takeRequest().getUrl().queryParameter("after_id"));

        server.enqueue(ok("{\"data\":[],\"has_more\":false}"));
        assertTrue(provider.isReachable());
        RecordedRequest probe = server.takeRequest();
        assertEquals("GET", probe.getMethod());
        assertEquals("/v1/models", probe.getUrl().encodedPath());
        assertEquals(KEY, probe.getHeaders().get("x-api-key"));
        assertEquals("2023-06-01", probe.getHeaders().get("anthropic-version"));
        server.enqueue(AnthropicFixtures.json(401, AnthropicFixtures.error("authentication_error",
                "invalid x-api-key")));
        assertFalse(provider.isReachable());
    }
}
