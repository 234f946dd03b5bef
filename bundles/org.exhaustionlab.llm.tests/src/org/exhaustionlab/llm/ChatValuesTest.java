package org.exhaustionlab.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChatValuesTest {

    @Test
    void requestBuilderKeepsOrderAndValidates() {
        ChatRequest request = ChatRequest.builder().system("s").user("u").assistant("a").temperature(0.7).maxTokens(100)
                .stop(List.of("###")).timeout(Duration.ofSeconds(5)).build();
        assertEquals(List.of(Role.SYSTEM, Role.USER, Role.ASSISTANT),
                request.messages().stream().map(ChatMessage::role).toList());
        ChatRequest next = request.toBuilder().user("again").build();
        assertEquals(4, next.messages().size());
        assertEquals(0.7, next.temperature());
        assertThrows(IllegalArgumentException.class, () -> ChatRequest.builder().build());
        assertThrows(IllegalArgumentException.class, () -> ChatRequest.builder().user("u").temperature(3.0).build());
        assertThrows(IllegalArgumentException.class, () -> ChatRequest.builder().user("u").maxTokens(0).build());
    }

    @Test
    void finishReasonMapsWireValues() {
        assertEquals(FinishReason.LENGTH, FinishReason.fromWire("length"));
        assertEquals(FinishReason.STOP, FinishReason.fromWire("stop"));
        assertEquals(FinishReason.UNKNOWN, FinishReason.fromWire(null));
        assertEquals("length", FinishReason.LENGTH.wireName());
    }

    @Test
    void responseKnowsTruncationAndBecomesAnAssistantTurn() {
        ChatResponse response = new ChatResponse("code", "why", FinishReason.LENGTH, null, null, null);
        assertTrue(response.isTruncated());
        assertEquals(ChatMessage.assistant("code", "why"), response.toMessage());
        assertFalse(response.toString().contains("code"));
    }

    @Test
    void exceptionMessagesAreOneLine() {
        LlmException e = new LlmException(LlmException.Kind.BAD_REQUEST, "server said:\n  bad\r\nthing  ");
        assertEquals("server said: bad thing", e.getMessage());
        assertEquals(LlmException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.partialResponse().isEmpty());
        assertTrue(LlmException.Kind.RATE_LIMITED.isTransient());
        assertFalse(LlmException.Kind.AUTH.isTransient());
    }
}
