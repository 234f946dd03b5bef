package org.exhaustionlab.llm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ready-made configurations of the servers ExhaustionLab knows. Every preset also reads
 * {@value #GENERIC_KEY_VARIABLE}, so one variable can serve whichever provider is selected.
 */
public final class ProviderPresets {

    /** Environment variable checked by every preset after its provider-specific one. */
    public static final String GENERIC_KEY_VARIABLE = "EXHAUSTIONLAB_LLM_API_KEY";

    public static final String DEEPSEEK_CHAT = "deepseek-chat";
    public static final String DEEPSEEK_REASONER = "deepseek-reasoner";

    private ProviderPresets() {
    }

    /** DeepSeek API with {@code deepseek-chat}. Key from {@code DEEPSEEK_API_KEY}. */
    public static ProviderConfig deepSeek() {
        return deepSeek(DEEPSEEK_CHAT);
    }

    /**
     * DeepSeek API. The reasoner returns {@code reasoning_content} beside {@code content}, ignores sampling parameters
     * and rejects {@code reasoning_content} sent back in the history (HTTP 400).
     */
    public static ProviderConfig deepSeek(String model) {
        boolean reasoner = model != null && model.toLowerCase(Locale.ROOT).contains("reasoner");
        ProviderQuirks quirks = ProviderQuirks.HOSTED.withIgnoresSamplingParameters(reasoner)
                .withReasoningHistory(ReasoningHistoryPolicy.STRIP);
        return new ProviderConfig("deepseek", "DeepSeek", "https://api.deepseek.com", model,
                ApiKeySource.fromEnvironment("DEEPSEEK_API_KEY", GENERIC_KEY_VARIABLE), Timeouts.HOSTED,
                RetryPolicy.DEFAULT, quirks);
    }

    /** OpenAI's own API. Key from {@code OPENAI_API_KEY}. */
    public static ProviderConfig openAi(String model) {
        return new ProviderConfig("openai", "OpenAI", "https://api.openai.com/v1", model,
                ApiKeySource.fromEnvironment("OPENAI_API_KEY", GENERIC_KEY_VARIABLE), Timeouts.HOSTED,
                RetryPolicy.DEFAULT, ProviderQuirks.HOSTED);
    }

    /**
     * Ollama's OpenAI-compatible endpoint. Needs a model name (e.g. {@code "qwen2.5-coder:7b"}). Unless the model is
     * configured with a larger {@code num_ctx}, Ollama silently truncates prompts beyond 4096 tokens.
     */
    public static ProviderConfig ollama(String model) {
        return local("ollama", "Ollama", "http://localhost:11434/v1", model,
                ProviderQuirks.LOCAL.withDefaultContextTokens(4096));
    }

    /** LM Studio's local server; the model name is the identifier shown in LM Studio. */
    public static ProviderConfig lmStudio(String model) {
        return local("lmstudio", "LM Studio", "http://localhost:1234/v1", model,
                ProviderQuirks.LOCAL.withStreamUsage(false));
    }

    /**
     * vLLM's OpenAI server. Started with {@code --reasoning-parser deepseek_r1} it returns the reasoning in
     * {@code reasoning} (since about v0.11) or {@code reasoning_content} (before); the client reads both.
     */
    public static ProviderConfig vllm(String model) {
        return local("vllm", "vLLM", "http://localhost:8000/v1", model, ProviderQuirks.LOCAL);
    }

    /** llama.cpp's {@code llama-server}: serves the one model it was started with, so the name may stay empty. */
    public static ProviderConfig llamaCpp(String model) {
        return local("llamacpp", "llama.cpp server", "http://127.0.0.1:8080/v1", model,
                ProviderQuirks.LOCAL.withStreamUsage(false));
    }

    /** Any other OpenAI-compatible server. */
    public static ProviderConfig custom(String id, String displayName, String baseUrl, String model, boolean local) {
        return new ProviderConfig(id, displayName, baseUrl, model, ApiKeySource.fromEnvironment(GENERIC_KEY_VARIABLE),
                local ? Timeouts.LOCAL : Timeouts.HOSTED, RetryPolicy.DEFAULT,
                local ? ProviderQuirks.LOCAL : ProviderQuirks.HOSTED);
    }

    /** Ids accepted by {@link #byId(String, String)}. */
    public static List<String> ids() {
        return List.of("deepseek", "openai", "ollama", "lmstudio", "vllm", "llamacpp");
    }

    /**
     * The preset with the given id (case-insensitive), e.g. for a {@code --provider} option.
     *
     * @param model model name, empty for the preset's default ({@code deepseek-chat} for DeepSeek, none otherwise)
     */
    public static Optional<ProviderConfig> byId(String id, String model) {
        String m = model == null ? "" : model.strip();
        return switch (id == null ? "" : id.strip().toLowerCase(Locale.ROOT)) {
            case "deepseek" -> Optional.of(deepSeek(m.isEmpty() ? DEEPSEEK_CHAT : m));
            case "openai" -> Optional.of(openAi(m));
            case "ollama" -> Optional.of(ollama(m));
            case "lmstudio", "lm-studio" -> Optional.of(lmStudio(m));
            case "vllm" -> Optional.of(vllm(m));
            case "llamacpp", "llama.cpp", "llama-cpp" -> Optional.of(llamaCpp(m));
            default -> Optional.empty();
        };
    }

    private static ProviderConfig local(String id, String name, String url, String model, ProviderQuirks quirks) {
        return new ProviderConfig(id, name, url, model, ApiKeySource.fromEnvironment(GENERIC_KEY_VARIABLE),
                Timeouts.LOCAL, RetryPolicy.DEFAULT, quirks);
    }
}
