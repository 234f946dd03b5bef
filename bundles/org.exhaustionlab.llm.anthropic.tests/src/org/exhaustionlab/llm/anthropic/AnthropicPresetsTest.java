package org.exhaustionlab.llm.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;
import org.junit.jupiter.api.Test;

class AnthropicPresetsTest {

    @Test
    void presetTalksToTheHostedApiWithTheAnthropicKeyFirst() {
        Map<String, String> env = Map.of("ANTHROPIC_API_KEY", "sk-ant-one", "EXHAUSTIONLAB_LLM_API_KEY", "generic");
        ProviderConfig config = AnthropicPresets.anthropic("claude-opus-x", env::get);
        assertEquals("anthropic", config.id());
        assertEquals("Anthropic at https://api.anthropic.com", config.describe());
        assertEquals("https://api.anthropic.com/v1/messages", config.endpoint("/v1/messages"));
        assertEquals("claude-opus-x", config.model());
        assertEquals(Optional.of("sk-ant-one"), config.apiKey().resolve());
        assertEquals(Timeouts.HOSTED, config.timeouts());
        assertEquals(RetryPolicy.DEFAULT, config.retry());
        assertTrue(config.quirks().requiresApiKey());
        assertFalse(config.toString().contains("sk-ant-one"), config.toString());
    }

    @Test
    void genericKeyIsTheFallbackAndAnEmptyModelMeansTheDefault() {
        ProviderConfig config = AnthropicPresets.anthropic(" ", Map.of("EXHAUSTIONLAB_LLM_API_KEY", "generic")::get);
        assertEquals(Optional.of("generic"), config.apiKey().resolve());
        assertEquals(AnthropicPresets.DEFAULT_MODEL, config.model());
    }

    @Test
    void optionsRejectImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new AnthropicOptions(0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnthropicOptions.DEFAULT.withThinkingBudget(500));
        assertEquals("thinking budget must be 0 (off) or at least 1024 tokens, got 500", e.getMessage());
        assertTrue(AnthropicOptions.DEFAULT.withThinkingBudget(1024).thinking());
        assertFalse(AnthropicOptions.DEFAULT.thinking());
    }

    @Test
    void theServiceComponentIsBuiltFromThePresetAndTheEnvironment() {
        Map<String, String> env = Map.of("ANTHROPIC_MODEL", "claude-from-env", "ANTHROPIC_API_KEY", "sk-ant-two");
        AnthropicProviderComponent component = new AnthropicProviderComponent(env::get);
        assertEquals("anthropic", component.id());
        assertEquals("Anthropic", component.displayName());
        assertEquals("claude-from-env", component.provider().config().model());
        assertEquals("https://api.anthropic.com", component.provider().config().baseUrl());
        assertEquals(Optional.of("sk-ant-two"), component.provider().config().apiKey().resolve());
        assertEquals(AnthropicPresets.DEFAULT_MODEL,
                new AnthropicProviderComponent(name -> null).provider().config().model());
    }

    @Test
    void theComponentIsDeclaredAsAnLlmProviderService() throws Exception {
        // CLASS retention: the annotation is checked in the class file, where tycho-ds-plugin reads it. Named as a
        // string so the test does not need the (optionally imported) annotation package at run time.
        String classFile = new String(AnthropicProviderComponent.class
                .getResourceAsStream("AnthropicProviderComponent.class").readAllBytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(classFile.contains("Lorg/osgi/service/component/annotations/Component;"), "@Component missing");
        assertTrue(classFile.contains("llm.provider.id=anthropic"));
        assertTrue(LlmProvider.class.isAssignableFrom(AnthropicProviderComponent.class));
    }
}
