package org.exhaustionlab.llm.openai;

import static org.exhaustionlab.llm.openai.OpenAiFixtures.completion;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.config;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.json;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.ok;
import static org.exhaustionlab.llm.openai.OpenAiFixtures.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {

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

    private static MockResponse rateLimited(String retryAfter) {
        return new MockResponse.Builder(json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}"))
                .setHeader("Retry-After", retryAfter).build();
    }

    @Test
    void rateLimitThenSuccessWaitsWhatRetryAfterSays() throws Exception {
        server.enqueue(rateLimited("2"));
        server.enqueue(ok(completion("done", null, null, "stop")));
        assertEquals("done", provider.chat(ChatRequest.of("s", "u")).content());
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits);
    }

    @Test
    void serverErrorTwiceThenSuccessBacksOffExponentially() throws Exception {
        server.enqueue(json(500, "{\"error\":\"boom\"}"));
        server.enqueue(json(502, "bad gateway"));
        server.enqueue(ok(completion("done", null, null, "stop")));
        assertEquals("done", provider.chat(ChatRequest.of("s", "u")).content());
        assertEquals(3, server.getRequestCount());
        // random 0.5 with equal jitter: 100 ms -> 75 ms, 200 ms -> 150 ms
        assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150)), sleeper.waits);
    }

    @Test
    void serverErrorForeverGivesUpAfterTheAllowedAttempts() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(500, "{\"error\":{\"message\":\"CUDA out of memory\"}}"));
        }
        LlmException e = assertThrows(LlmException.class, () -> provider.chat(ChatRequest.of("s", "u")));
        assertEquals(Kind.SERVER_ERROR, e.kind());
        assertEquals("LM Studio at " + config(server).baseUrl() + " failed with HTTP 500 after 4 attempts: CUDA out of "
                + "memory", e.getMessage());
        assertEquals(4, server.getRequestCount());
        assertEquals(3, sleeper.waits.size());
    }

    @Test
    void retryAfterLongerThanAllowedFailsAtOnce() {
        server.enqueue(rateLimited("3600"));
        LlmException e = assertThrows(LlmException.class, () -> provider.chat(ChatRequest.of("s", "u")));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals("LM Studio at " + config(server).baseUrl() + " asks to wait 3600 s before retrying (HTTP 429), "
                + "longer than the allowed 5 s: Rate limit reached", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void rateLimitedForeverIsRateLimited() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(rateLimited("0"));
        }
        LlmException e = assertThrows(LlmException.class, () -> provider.chat(ChatRequest.of("s", "u")));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.httpStatus());
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", now));
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parse("1.5", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Fri, 27 Nov 2026 12:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 27 Nov 2026 11:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
    }
}
