package org.exhaustionlab.llm;

import java.util.Objects;

/**
 * How a server departs from the plain OpenAI chat-completions behaviour, as data rather than subclasses.
 *
 * @param requiresApiKey            requests fail without a key (hosted APIs); local servers accept none
 * @param ignoresSamplingParameters the server ignores temperature and friends (DeepSeek reasoner), so they are not
 *                                  sent and callers should not rely on them for diversity
 * @param reasoningHistory          whether earlier reasoning is sent back in the history
 * @param streamUsage               the server understands {@code stream_options.include_usage}
 * @param defaultContextTokens      context window the server silently applies unless configured (Ollama: 4096),
 *                                  0 when unknown; long prompts beyond it are cut without an error
 * @param local                     the server runs on this machine: slow generations are normal, and "connection
 *                                  refused" means it is not started
 */
public record ProviderQuirks(boolean requiresApiKey, boolean ignoresSamplingParameters,
        ReasoningHistoryPolicy reasoningHistory, boolean streamUsage, int defaultContextTokens, boolean local) {

    /** A plain OpenAI-compatible hosted service. */
    public static final ProviderQuirks HOSTED = new ProviderQuirks(true, false, ReasoningHistoryPolicy.STRIP, true, 0,
            false);
    /** A plain OpenAI-compatible server on this machine. */
    public static final ProviderQuirks LOCAL = new ProviderQuirks(false, false, ReasoningHistoryPolicy.STRIP, true, 0,
            true);

    public ProviderQuirks {
        Objects.requireNonNull(reasoningHistory, "reasoningHistory");
        if (defaultContextTokens < 0) {
            throw new IllegalArgumentException("default context tokens must not be negative: " + defaultContextTokens);
        }
    }

    public ProviderQuirks withIgnoresSamplingParameters(boolean ignores) {
        return new ProviderQuirks(requiresApiKey, ignores, reasoningHistory, streamUsage, defaultContextTokens, local);
    }

    public ProviderQuirks withReasoningHistory(ReasoningHistoryPolicy policy) {
        return new ProviderQuirks(requiresApiKey, ignoresSamplingParameters, policy, streamUsage, defaultContextTokens,
                local);
    }

    public ProviderQuirks withStreamUsage(boolean supported) {
        return new ProviderQuirks(requiresApiKey, ignoresSamplingParameters, reasoningHistory, supported,
                defaultContextTokens, local);
    }

    public ProviderQuirks withDefaultContextTokens(int tokens) {
        return new ProviderQuirks(requiresApiKey, ignoresSamplingParameters, reasoningHistory, streamUsage, tokens,
                local);
    }
}
