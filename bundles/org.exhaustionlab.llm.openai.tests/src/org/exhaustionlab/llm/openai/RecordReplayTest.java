package org.exhaustionlab.llm.openai;

import static org.exhaustionlab.llm.openai.OpenAiFixtures.KEY;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.chunk;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.completion;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.config;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.json;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.ok;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.provider;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReplayTest {

    private static final ChatRequest FIRST = ChatRequest.builder().system("You write Pine.").user("RSI strategy")
            .temperature(0.7).maxTokens(500).build();
    private static final ChatRequest SECOND = ChatRequest.builder().system("You write Pine.").user("MACD strategy")
            .build();
    private static final ChatRequest THIRD = ChatRequest.of("You write Pine.", "Bollinger strategy");

    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Records a success, a streamed success and a truncated failure; returns the three outcomes. */
    private List<Object> record() throws Exception {
        server.enqueue(ok(completion("rsi code", "reasoning_content", "rsi thoughts", "stop")));
        server.enqueue(sse(List.of(chunk("reasoning_content", "macd thoughts", null),
                chunk("content", "macd code", "stop")), true));
        server.enqueue(ok(completion("bollinger cut", null, null, "length")));
        RecordingProvider recorder = RecordingProvider.create(provider(config(server),
                new OpenAiFixtures.RecordingSleeper()), folder);
        ChatResponse first = recorder.chat(FIRST);
        ChatResponse second = recorder.chatStreaming(SECOND, ChatStreamListener.NONE);
        LlmException third = assertThrows(LlmException.class, () -> recorder.chat(THIRD));
        return List.of(first, second, third);
    }

    @Test
    void recordThenReplayByOrderGivesTheSameOutcomesOffline() throws Exception {
        List<Object> recorded = record();
        server.close();
        List<Path> files = RecordingProvider.recordingFiles(folder);
        assertEquals(3, files.size());
        assertTrue(files.get(0).getFileName().toString().matches("0001-[0-9a-f]{16}\\.json"), files.toString());
        for (Path file : files) {
            assertFalse(Files.readString(file).contains(KEY));
        }

        ReplayProvider replay = ReplayProvider.open(folder, ReplayProvider.Match.ORDER);
        assertEquals(recorded.get(0), replay.chat(FIRST));
        StreamingTest.Events events = new StreamingTest.Events();
        assertEquals(recorded.get(1), replay.chatStreaming(SECOND, events));
        assertEquals("macd thoughts", events.reasoning.toString());
        assertEquals("macd code", events.content.toString());
        LlmException original = (LlmException) recorded.get(2);
        LlmException again = assertThrows(LlmException.class, () -> replay.chat(THIRD));
        assertEquals(Kind.TRUNCATED, again.kind());
        assertEquals(original.getMessage(), again.getMessage());
        assertEquals(original.partialResponse(), again.partialResponse());
        assertEquals(0, replay.remaining());

        LlmException missing = assertThrows(LlmException.class, () -> replay.chat(FIRST));
        assertEquals(Kind.REPLAY_MISSING, missing.kind());
        assertTrue(missing.getMessage().startsWith("no recorded answer for request 4 (messages hash "),
                missing.getMessage());
        assertEquals(List.of("test-model-q4"), replay.listModels());
    }

    @Test
    void replayByHashMatchesReorderedRequests() throws Exception {
        List<Object> recorded = record();
        ReplayProvider replay = ReplayProvider.open(folder, ReplayProvider.Match.MESSAGES_HASH);
        assertEquals(recorded.get(1), replay.chat(SECOND));
        assertEquals(recorded.get(0), replay.chat(FIRST.toBuilder().model("other-model").temperature(0.1).build()));
        assertEquals(Kind.REPLAY_MISSING, assertThrows(LlmException.class,
                () -> replay.chat(ChatRequest.of("You write Pine.", "unseen prompt"))).kind());
    }

    @Test
    void recordingIntoAFolderContinuesTheNumberingAndRecordsPlainFailures() throws Exception {
        record();
        server.enqueue(json(401, "{\"error\":{\"message\":\"bad key " + KEY + "\"}}"));
        RecordingProvider recorder = RecordingProvider.create(provider(config(server),
                new OpenAiFixtures.RecordingSleeper()), folder);
        assertThrows(LlmException.class, () -> recorder.chat(FIRST));
        List<Path> files = RecordingProvider.recordingFiles(folder);
        assertEquals(4, files.size());
        assertTrue(files.get(3).getFileName().toString().startsWith("0004-"));
        assertFalse(Files.readString(files.get(3)).contains(KEY));

        ReplayProvider replay = ReplayProvider.open(folder, ReplayProvider.Match.MESSAGES_HASH);
        replay.chat(FIRST);
        LlmException auth = assertThrows(LlmException.class, () -> replay.chat(FIRST));
        assertEquals(Kind.AUTH, auth.kind());
        assertEquals(401, auth.httpStatus());
    }

    @Test
    void hashDependsOnMessagesOnly() {
        assertEquals(Recording.hashOf(FIRST), Recording.hashOf(FIRST.toBuilder().temperature(1.5).model("x").build()));
        assertNotEquals(Recording.hashOf(FIRST), Recording.hashOf(SECOND));
        assertNotEquals(Recording.hashOf(ChatRequest.builder().user("ab").build()),
                Recording.hashOf(ChatRequest.builder().user("a").user("b").build()));
    }

    @Test
    void emptyOrBrokenReplayFolderIsAConfigurationError(@TempDir Path empty) throws Exception {
        LlmException none = assertThrows(LlmException.class,
                () -> ReplayProvider.open(empty, ReplayProvider.Match.ORDER));
        assertEquals(Kind.CONFIGURATION, none.kind());
        Files.writeString(empty.resolve("0001-abcdef.json"), "{\"format\":1}");
        LlmException broken = assertThrows(LlmException.class,
                () -> ReplayProvider.open(empty, ReplayProvider.Match.ORDER));
        assertEquals(Kind.CONFIGURATION, broken.kind());
        assertTrue(broken.getMessage().contains("0001-abcdef.json"), broken.getMessage());
    }
}
