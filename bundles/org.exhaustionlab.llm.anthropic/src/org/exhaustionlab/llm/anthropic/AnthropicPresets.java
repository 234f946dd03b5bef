package org.exhaustionlab.llm.anthropic;

import java.util.function.Function;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.ProviderQuirks;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;

/**
 * The configuration of Anthropic's hosted API. Unlike the OpenAI presets the base URL has no {@code /v1}: the client
 * appends {@code /v1/messages} and {@code /v1/models}, as Anthropic's own documentation writes them.
 */
public final class AnthropicPresets {

    public static final String ID = "anthropic";
    public static final String BASE_URL = "https://api.anthropic.com";
    /** Provider-specific key variable, checked before {@link ProviderPresets#GENERIC_KEY_VARIABLE}. */
    public static final String KEY_VARIABLE = "ANTHROPIC_API_KEY";
    /** Optional variable naming the model of the OSGi service; {@link #DEFAULT_MODEL} when unset. */
    public static final String MODEL_VARIABLE = "ANTHROPIC_MODEL";
    /**
     * Used when no model is named. Anthropic has no "default model" (the field is required), so one must be chosen;
     * pass a newer name to {@link #anthropic(String)} or set {@value #MODEL_VARIABLE} when this one is retired.
     */
    public static final String DEFAULT_MODEL = "claude-sonnet-4-5";

    private AnthropicPresets() {
    }

    /** Anthropic's API with {@code model} (empty or null = {@link #DEFAULT_MODEL}), key from the environment. */
    public static ProviderConfig anthropic(String model) {
        return anthropic(model, System::getenv);
    }

    /** As {@link #anthropic(String)} with a custom environment, for tests and launch configurations. */
    public static ProviderConfig anthropic(String model, Function<String, String> environment) {
        String name = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        return new ProviderConfig(ID, "Anthropic", BASE_URL, name,
                ApiKeySource.fromEnvironment(environment, KEY_VARIABLE, ProviderPresets.GENERIC_KEY_VARIABLE),
                Timeouts.HOSTED, RetryPolicy.DEFAULT, ProviderQuirks.HOSTED);
    }

    /** The model named by {@value #MODEL_VARIABLE} in {@code environment}, else {@link #DEFAULT_MODEL}. */
    static String modelFrom(Function<String, String> environment) {
        String value = environment.apply(MODEL_VARIABLE);
        return value == null || value.isBlank() ? DEFAULT_MODEL : value.strip();
    }
}
