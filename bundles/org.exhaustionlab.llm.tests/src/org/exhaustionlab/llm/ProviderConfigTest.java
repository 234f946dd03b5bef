package org.exhaustionlab.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProviderConfigTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    @Test
    void toStringNamesTheKeySourceButNeverTheKey() {
        ProviderConfig config = ProviderPresets.deepSeek().withApiKey(ApiKeySource.literal(KEY));
        assertFalse(config.toString().contains(KEY), config.toString());
        assertTrue(config.toString().contains("a configured API key"));
        ProviderConfig fromEnv = ProviderPresets.deepSeek().withApiKey(
                ApiKeySource.fromEnvironment(Map.of("DEEPSEEK_API_KEY", KEY)::get, "DEEPSEEK_API_KEY"));
        assertFalse(fromEnv.toString().contains(KEY));
        assertTrue(fromEnv.toString().contains("environment variable DEEPSEEK_API_KEY"));
        assertEquals(Optional.of(KEY), fromEnv.apiKey().resolve());
    }

    @Test
    void environmentSourceTakesTheFirstNonBlankVariable() {
        ApiKeySource source = ApiKeySource.fromEnvironment(Map.of("A", " ", "B", " key-b ")::get, "A", "B");
        assertEquals(Optional.of("key-b"), source.resolve());
        assertEquals(Optional.empty(), ApiKeySource.fromEnvironment(Map.<String, String>of()::get, "A").resolve());
        assertEquals("environment variables A / B", source.description());
    }

    @Test
    void redactRemovesTheKeyAndBearerTokens() {
        ProviderConfig config = ProviderPresets.openAi("gpt").withApiKey(ApiKeySource.literal(KEY));
        assertEquals("bad key *** for you", config.redact("bad key " + KEY + " for you"));
        assertEquals("header Authorization: Bearer *** seen", config.redact("header Authorization: Bearer abc.def seen"));
    }

    @Test
    void baseUrlIsNormalisedAndValidated() {
        ProviderConfig config = ProviderPresets.lmStudio("m").withBaseUrl("http://host:1/v1//");
        assertEquals("http://host:1/v1", config.baseUrl());
        assertEquals("http://host:1/v1/chat/completions", config.endpoint("/chat/completions"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProviderPresets.lmStudio("m").withBaseUrl("localhost:1234"));
        assertEquals("base URL of LM Studio must start with http:// or https://, got 'localhost:1234'", e.getMessage());
    }

    @Test
    void presetsCarryTheirUrlsAndQuirks() {
        assertEquals("https://api.deepseek.com", ProviderPresets.deepSeek().baseUrl());
        assertEquals("deepseek-chat", ProviderPresets.deepSeek().model());
        assertFalse(ProviderPresets.deepSeek().quirks().ignoresSamplingParameters());
        assertTrue(ProviderPresets.deepSeek(ProviderPresets.DEEPSEEK_REASONER).quirks().ignoresSamplingParameters());
        assertEquals(ReasoningHistoryPolicy.STRIP, ProviderPresets.deepSeek().quirks().reasoningHistory());
        assertTrue(ProviderPresets.deepSeek().quirks().requiresApiKey());
        assertEquals("http://localhost:11434/v1", ProviderPresets.ollama("q").baseUrl());
        assertEquals(4096, ProviderPresets.ollama("q").quirks().defaultContextTokens());
        assertEquals("http://localhost:1234/v1", ProviderPresets.lmStudio("q").baseUrl());
        assertEquals("http://localhost:8000/v1", ProviderPresets.vllm("q").baseUrl());
        assertEquals("http://127.0.0.1:8080/v1", ProviderPresets.llamaCpp("").baseUrl());
        assertTrue(ProviderPresets.llamaCpp("").quirks().local());
        assertEquals("LM Studio at http://localhost:1234/v1", ProviderPresets.lmStudio("q").describe());
    }

    @Test
    void presetsAreFoundById() {
        for (String id : ProviderPresets.ids()) {
            assertEquals(id, ProviderPresets.byId(id, "m").orElseThrow().id());
        }
        assertEquals("deepseek-chat", ProviderPresets.byId("DeepSeek", "").orElseThrow().model());
        assertEquals(Optional.empty(), ProviderPresets.byId("nope", ""));
    }

    @Test
    void retryBackoffDoublesIsCappedAndKeepsAtLeastHalf() {
        RetryPolicy policy = new RetryPolicy(5, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(300),
                java.time.Duration.ofSeconds(1));
        assertEquals(50, policy.backoff(1, 0).toMillis());
        assertEquals(99, policy.backoff(1, 0.999).toMillis());
        assertEquals(100, policy.backoff(2, 0).toMillis());
        assertEquals(150, policy.backoff(3, 0).toMillis());
        assertEquals(150, policy.backoff(10, 0).toMillis());
    }
}
