package org.exhaustionlab.llm.openai;

import static org.exhaustionlab.llm.openai.OpenAiFixtures.KEY;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.completion;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.config;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.ok;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ChatMessage;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ExtractedPine;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.PineCodeExtractor;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.ReasoningHistoryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleProviderTest {

    static final String SCRIPT = "//@version=5\nstrategy(\"Cross\", overlay=true)\nfast = ta.sma(close, 9)\n"
            + "slow = ta.sma(close, 21)\nif ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)";

    private final MockWebServer server = new MockWebServer();
    private final OpenAiFixtures.RecordingSleeper sleeper = new OpenAiFixtures.RecordingSleeper();
    private OpenAiCompatibleProvider provider;

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = provider(config(server), sleeper);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode sentBody(RecordedRequest request) throws Exception {
        return ChatJson.MAPPER.readTree(request.getBody().utf8());
    }

    @Test
    void sendsExactlyTheChatCompletionsRequest() throws Exception {
        server.enqueue(ok(completion("hi", null, null, "stop")));
        ChatRequest request = ChatRequest.builder().system("You write Pine.").user("Write a strategy.")
                .temperature(0.8).maxTokens(2000).stop(List.of("<|end|>")).build();
        provider.chat(request);
        RecordedRequest sent = server.takeRequest();
        assertEquals("POST", sent.getMethod());
        assertEquals("/v1/chat/completions", sent.getUrl().encodedPath());
        assertEquals("Bearer " + KEY, sent.getHeaders().get("Authorization"));
        assertEquals("application/json; charset=utf-8", sent.getHeaders().get("Content-Type"));
        assertEquals(ChatJson.MAPPER.readTree("{\"model\":\"test-model\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You write Pine.\"},"
                + "{\"role\":\"user\",\"content\":\"Write a strategy.\"}],"
                + "\"temperature\":0.8,\"max_tokens\":2000,\"stop\":[\"<|end|>\"]}"), sentBody(sent));
    }

    @Test
    void noKeyMeansNoAuthorizationHeaderAndRequestModelOverridesTheConfiguredOne() throws Exception {
        provider = provider(config(server).withApiKey(ApiKeySource.none()), sleeper);
        server.enqueue(ok(completion("hi", null, null, "stop")));
        provider.chat(ChatRequest.builder().user("u").model("other").build());
        RecordedRequest sent = server.takeRequest();
        assertNull(sent.getHeaders().get("Authorization"));
        assertEquals("other", sentBody(sent).get("model").asText());
        assertFalse(sentBody(sent).has("temperature"));
    }

    @Test
    void reasonerQuirksDropSamplingParametersAndStripReasoningFromHistory() throws Exception {
        provider = provider(ProviderPresets.deepSeek(ProviderPresets.DEEPSEEK_REASONER)
                .withBaseUrl(server.url("/").toString()).withApiKey(ApiKeySource.literal(KEY)), sleeper);
        server.enqueue(ok(completion("ok", "reasoning_content", "r", "stop")));
        provider.chat(ChatRequest.builder().user("u").message(ChatMessage.assistant("old answer", "old thoughts"))
                .user("fix it").temperature(1.0).build());
        JsonNode body = sentBody(server.takeRequest());
        assertFalse(body.has("temperature"));
        assertEquals("deepseek-reasoner", body.get("model").asText());
        assertFalse(body.get("messages").get(1).has("reasoning_content"));
        assertEquals("old answer", body.get("messages").get(1).get("content").asText());

        provider = provider(config(server).withQuirks(config(server).quirks()
                .withReasoningHistory(ReasoningHistoryPolicy.SEND_AS_REASONING_CONTENT)), sleeper);
        server.enqueue(ok(completion("ok", null, null, "stop")));
        provider.chat(ChatRequest.builder().message(ChatMessage.assistant("a", "thoughts")).user("u").build());
        assertEquals("thoughts", sentBody(server.takeRequest()).get("messages").get(0).get("reasoning_content")
                .asText());
    }

    @Test
    void reasoningContentFieldIsKeptApartFromTheContent() throws Exception {
        server.enqueue(ok(completion("```pine\n" + SCRIPT + "\n```", "reasoning_content", "Use an SMA cross.",
                "stop")));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("Use an SMA cross.", response.reasoning());
        assertEquals(SCRIPT, PineCodeExtractor.extract(response).code());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals(42, response.usage().promptTokens());
        assertEquals(17, response.usage().completionTokens());
        assertEquals(5, response.usage().reasoningTokens());
        assertEquals("test-model-q4", response.model());
        assertTrue(response.latency().toNanos() > 0);
    }

    @Test
    void vllmReasoningFieldIsRead() throws Exception {
        server.enqueue(ok(completion("answer", "reasoning", "vllm thoughts", "stop")));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("vllm thoughts", response.reasoning());
        assertEquals("answer", response.content());
    }

    @Test
    void inlineThinkTagsAreSplitOff() throws Exception {
        server.enqueue(ok(completion("<think>\nI will cross two SMAs.\n</think>\n\n```pinescript\n" + SCRIPT
                + "\n```", null, null, "stop")));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("I will cross two SMAs.", response.reasoning());
        assertFalse(response.content().contains("think"));
        assertEquals(SCRIPT, PineCodeExtractor.extract(response).code());
    }

    @Test
    void loneClosingThinkTagMakesTheTextBeforeItReasoning() throws Exception {
        server.enqueue(ok(completion("Okay, the user wants //@version=4 code? No, v5.\n</think>\n\n" + SCRIPT, null,
                null, "stop")));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("Okay, the user wants //@version=4 code? No, v5.", response.reasoning());
        ExtractedPine pine = PineCodeExtractor.extract(response);
        assertEquals(ExtractedPine.Origin.UNFENCED, pine.origin());
        assertEquals(SCRIPT, pine.code());
    }

    @Test
    void proseAroundUnfencedCodeAndSeveralBlocks() throws Exception {
        server.enqueue(ok(completion("Here is a trend strategy.\n\n" + SCRIPT + "\n\nThe strategy enters on a golden "
                + "cross.", null, null, "stop")));
        assertEquals(SCRIPT, PineCodeExtractor.extract(provider.chat(ChatRequest.of("s", "u"))).code());

        String fixed = SCRIPT.replace("9)", "10)");
        server.enqueue(ok(completion("Before:\n```pine\n" + SCRIPT + "\n```\nChanged line:\n```pine\n"
                + "fast = ta.sma(close, 10)\n```\nAfter:\n```pine\n" + fixed + "\n```", null, null, "stop")));
        ExtractedPine pine = PineCodeExtractor.extract(provider.chat(ChatRequest.of("s", "u")));
        assertEquals(fixed, pine.code());
        assertEquals(3, pine.blockCount());
    }

    @Test
    void nullContentWithOnlyReasoningGivesAnEmptyAnswer() throws Exception {
        server.enqueue(ok(completion(null, "reasoning_content", "thinking only", "stop")));
        ChatResponse response = provider.chat(ChatRequest.of("s", "u"));
        assertEquals("", response.content());
        assertEquals("thinking only", response.reasoning());
        assertFalse(PineCodeExtractor.extract(response).hasCode());
    }
}
