package org.exhaustionlab.llm.openai;

import static org.exhaustionlab.llm.openai.OpenAiFixtures.chunk;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.config;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.provider;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.sse;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.usageChunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.PineCodeExtractor;
import org.exhaustionlab.llm.StreamProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamingTest {

    /** Everything a listener was told, in order. */
    static final class Events implements ChatStreamListener {
        final StringBuilder reasoning = new StringBuilder();
        final StringBuilder content = new StringBuilder();
        final List<StreamProgress> progress = new ArrayList<>();

        @Override
        public void onReasoning(String delta) {
            reasoning.append(delta);
        }

        @Override
        public void onContent(String delta) {
            content.append(delta);
        }

        @Override
        public void onProgress(StreamProgress p) {
            progress.add(p);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Events events = new Events();
    private OpenAiCompatibleProvider provider;

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = provider(config(server), new OpenAiFixtures.RecordingSleeper());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reasoningContentThenContentWithProgressAndUsage() throws Exception {
        server.enqueue(sse(List.of(
                "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}",
                chunk("reasoning_content", "Cross ", null),
                chunk("reasoning_content", "of SMAs.", null),
                chunk("content", "```pine\n//@version=5\n", null),
                chunk("content", "indicator(\"I\")\nplot(close)\n```", null),
                chunk(null, null, "stop"),
                usageChunk(30, 12)), true));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);

        JsonNode sent = ChatJson.MAPPER.readTree(server.takeRequest().getBody().utf8());
        assertTrue(sent.get("stream").asBoolean());
        assertFalse(sent.has("stream_options"), "LM Studio preset does not ask for stream usage");

        assertEquals("Cross of SMAs.", response.reasoning());
        assertEquals("//@version=5\nindicator(\"I\")\nplot(close)", PineCodeExtractor.extract(response).code());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals(12, response.usage().completionTokens());
        assertEquals("m", response.model());
        assertEquals("Cross of SMAs.", events.reasoning.toString());
        assertEquals(response.content(), events.content.toString());

        assertEquals(4, events.progress.size());
        StreamProgress afterReasoning = events.progress.get(1);
        assertEquals(2, afterReasoning.chunks());
        assertEquals(14, afterReasoning.reasoningChars());
        assertEquals(0, afterReasoning.contentChars());
        assertTrue(afterReasoning.reasoning());
        StreamProgress last = events.progress.get(3);
        assertEquals(4, last.chunks());
        assertEquals(response.content().length(), last.contentChars());
        assertFalse(last.reasoning());
    }

    @Test
    void vllmReasoningFieldAndStreamOptionsWhenSupported() throws Exception {
        provider = provider(config(server).withQuirks(config(server).quirks().withStreamUsage(true)),
                new OpenAiFixtures.RecordingSleeper());
        server.enqueue(sse(List.of(chunk("reasoning", "think", null), chunk("content", "done", "stop")), true));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        RecordedRequest sent = server.takeRequest();
        assertEquals("text/event-stream", sent.getHeaders().get("Accept"));
        assertTrue(ChatJson.MAPPER.readTree(sent.getBody().utf8()).get("stream_options").get("include_usage")
                .asBoolean());
        assertEquals("think", response.reasoning());
        assertEquals("done", response.content());
    }

    @Test
    void inlineThinkTagsSplitAcrossChunksAreRoutedToReasoning() throws Exception {
        server.enqueue(sse(List.of(chunk("content", "<thi", null), chunk("content", "nk>plan</th", null),
                chunk("content", "ink>\nplot(close)", "stop")), true));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("plan", response.reasoning());
        assertEquals("plot(close)", response.content());
        assertEquals("plan", events.reasoning.toString());
        assertEquals("\nplot(close)", events.content.toString());
        assertTrue(events.progress.get(1).reasoning());
        assertFalse(events.progress.get(2).reasoning());
    }

    @Test
    void loneCloseTagInAStreamIsReasoningInTheFinalResponse() throws Exception {
        server.enqueue(sse(List.of(chunk("content", "Let me think", null), chunk("content", ".</think>", null),
                chunk("content", "\n\nanswer", "stop")), true));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("Let me think.", response.reasoning());
        assertEquals("answer", response.content());
        StreamProgress last = events.progress.get(events.progress.size() - 1);
        assertEquals(13, last.reasoningChars());
        assertEquals(8, last.contentChars());
    }

    @Test
    void lengthFinishInAStreamIsTruncated() {
        server.enqueue(sse(List.of(chunk("content", "```pine\n//@version=5\nstrategy(", null),
                chunk(null, null, "length")), true));
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.TRUNCATED, e.kind());
        assertTrue(PineCodeExtractor.extract(e.partialResponse().orElseThrow()).truncated());
    }

    @Test
    void streamCutOffWithoutDoneIsANetworkFailureKeepingTheText() {
        server.enqueue(sse(List.of(chunk("content", "half an ans", null)), false));
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().endsWith("closed the stream after 11 characters without finishing the answer"));
        assertEquals("half an ans", e.partialResponse().orElseThrow().content());
    }

    @Test
    void errorEventAndGarbageChunkAreReported() {
        server.enqueue(sse(List.of(chunk("content", "x", null), "{\"error\":{\"message\":\"model crashed\"}}"), true));
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.SERVER_ERROR, e.kind());
        assertTrue(e.getMessage().endsWith("reported an error while streaming: model crashed"), e.getMessage());

        server.enqueue(sse(List.of("{not json"), true));
        assertEquals(Kind.BAD_RESPONSE, assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events)).kind());
    }

    @Test
    void multiLineDataEventsAndCrlfAreParsed() throws Exception {
        String body = "data: {\"choices\":[{\"index\":0,\r\ndata: \"delta\":{\"content\":\"joined\"},"
                + "\"finish_reason\":\"stop\"}]}\r\n\r\ndata: [DONE]\r\n\r\n";
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build());
        assertEquals("joined", provider.chatStreaming(ChatRequest.of("s", "u"), events).content());
    }

    @Test
    void serverThatIgnoresStreamTrueAndAnswersJsonIsAccepted() throws Exception {
        server.enqueue(OpenAiFixtures.ok(OpenAiFixtures.completion("whole", "reasoning_content", "why", "stop")));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("whole", response.content());
        assertEquals("why", events.reasoning.toString());
        assertEquals("whole", events.content.toString());
        assertEquals(1, events.progress.size());
    }
}
