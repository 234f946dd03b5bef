package org.exhaustionlab.llm.anthropic;

import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.config;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.message;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.ok;
import static org.exhaustionlab.llm.anthropic.AnthropicFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.StreamProgress;
import org.exhaustionlab.llm.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicStreamingTest {

    /** Everything the listener heard, in order: "R:" reasoning, "C:" content. */
    static final class Events implements ChatStreamListener {
        final List<String> text = new ArrayList<>();
        final List<StreamProgress> progress = new ArrayList<>();

        @Override
        public void onReasoning(String delta) {
            text.add("R:" + delta);
        }

        @Override
        public void onContent(String delta) {
            text.add("C:" + delta);
        }

        @Override
        public void onProgress(StreamProgress p) {
            progress.add(p);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final AnthropicFixtures.RecordingSleeper sleeper = new AnthropicFixtures.RecordingSleeper();
    private final Events events = new Events();
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

    private static AnthropicFixtures.Sse thinkingThenText() {
        return new AnthropicFixtures.Sse().messageStart(25)
                .block("thinking", "Need an SMA ", "crossover.")
                .ping()
                .block("text", "```pine\n//@version=5\n", "strategy(\"X\")\n```");
    }

    @Test
    void thinkingAndTextAreStreamedInOrderAndAssembled() throws Exception {
        server.enqueue(thinkingThenText().messageDelta("end_turn", 31).messageStop().response());
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals(List.of("R:Need an SMA ", "R:crossover.", "C:```pine\n//@version=5\n", "C:strategy(\"X\")\n```"),
                events.text);
        assertEquals("Need an SMA crossover.", response.reasoning());
        assertEquals("```pine\n//@version=5\nstrategy(\"X\")\n```", response.content());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals(new Usage(25, 31, 0), response.usage());
        assertEquals("claude-test-1-20261101", response.model());

        assertEquals(4, events.progress.size());
        StreamProgress thinking = events.progress.get(1);
        assertTrue(thinking.reasoning());
        assertEquals(22, thinking.reasoningChars());
        assertEquals(0, thinking.contentChars());
        StreamProgress last = events.progress.get(3);
        assertFalse(last.reasoning());
        assertEquals(4, last.chunks());
        assertEquals(response.content().length(), last.contentChars());

        RecordedRequest sent = server.takeRequest();
        assertEquals("text/event-stream", sent.getHeaders().get("accept"));
        assertTrue(MessagesJson.MAPPER.readTree(sent.getBody().utf8()).get("stream").asBoolean());
    }

    @Test
    void maxTokensInTheStreamIsTruncatedWithThePartialAnswer() {
        server.enqueue(thinkingThenText().messageDelta("max_tokens", 4096).messageStop().response());
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.TRUNCATED, e.kind());
        assertTrue(e.getMessage().contains("cut off at the token limit after 4096 tokens"), e.getMessage());
        assertEquals("Need an SMA crossover.", e.partialResponse().orElseThrow().reasoning());
    }

    @Test
    void anErrorEventAfterTextFailsWithThePartialAnswerAndIsNotRetried() {
        server.enqueue(thinkingThenText().error("overloaded_error", "Overloaded").response());
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.SERVER_ERROR, e.kind());
        assertEquals("Anthropic at " + config(server).baseUrl() + " reported overloaded_error while streaming: "
                + "Overloaded", e.getMessage());
        assertEquals("```pine\n//@version=5\nstrategy(\"X\")\n```", e.partialResponse().orElseThrow().content());
        assertEquals(1, server.getRequestCount(), "text was already shown: a retry would repeat it");
    }

    @Test
    void anErrorEventBeforeAnyTextIsRetried() throws Exception {
        server.enqueue(new AnthropicFixtures.Sse().messageStart(25).error("overloaded_error", "Overloaded")
                .response());
        server.enqueue(thinkingThenText().messageDelta("end_turn", 31).messageStop().response());
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("Need an SMA crossover.", response.reasoning());
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(75)), sleeper.waits);
        assertEquals(4, events.text.size(), "nothing from the failed attempt reached the listener");
    }

    @Test
    void aStreamCutBeforeMessageStopIsANetworkFailure() {
        server.enqueue(thinkingThenText().response());
        LlmException e = assertThrows(LlmException.class,
                () -> provider.chatStreaming(ChatRequest.of("s", "u"), events));
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().endsWith("closed the stream after 38 characters without finishing the message"),
                e.getMessage());
        assertEquals(FinishReason.UNKNOWN, e.partialResponse().orElseThrow().finishReason());
    }

    @Test
    void interleavedThinkingBlocksBecomeParagraphs() throws Exception {
        server.enqueue(new AnthropicFixtures.Sse().messageStart(3).block("thinking", "first").block("text", "A")
                .block("thinking", "second").block("text", "B").messageDelta("end_turn", 9).messageStop().response());
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("first\n\nsecond", response.reasoning());
        assertEquals("AB", response.content());
    }

    @Test
    void inlineThinkTagsFromACompatibleServerAreSplitOff() throws Exception {
        server.enqueue(new AnthropicFixtures.Sse().messageStart(3).block("text", "<thi", "nk>hmm</think>", "code")
                .messageDelta("end_turn", 9).messageStop().response());
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("hmm", response.reasoning());
        assertEquals("code", response.content());
        assertEquals(List.of("R:hmm", "C:code"), events.text);
    }

    @Test
    void aPlainJsonAnswerToAStreamingRequestIsAccepted() throws Exception {
        server.enqueue(ok(message("plan", "code", "end_turn", 5, 6)));
        ChatResponse response = provider.chatStreaming(ChatRequest.of("s", "u"), events);
        assertEquals("code", response.content());
        assertEquals(List.of("R:plan", "C:code"), events.text);
    }
}
