package org.exhaustionlab.llm.anthropic;

/**
 * What the Messages API needs beyond a {@link org.exhaustionlab.llm.ProviderConfig}.
 *
 * @param defaultMaxTokens      {@code max_tokens} for requests that do not set one: Anthropic requires the field
 * @param thinkingBudgetTokens  0 = no extended thinking; otherwise the {@code thinking.budget_tokens} sent with every
 *                              request (at least 1024, and below the request's max tokens). Thinking models then
 *                              answer with {@code thinking} blocks, which become {@link
 *                              org.exhaustionlab.llm.ChatResponse#reasoning()}; temperature is not sent because
 *                              Anthropic accepts none with thinking enabled.
 */
public record AnthropicOptions(int defaultMaxTokens, int thinkingBudgetTokens) {

    /** 8192 tokens: room for a Pine strategy with explanation; no extended thinking. */
    public static final AnthropicOptions DEFAULT = new AnthropicOptions(8192, 0);

    /** Anthropic's lower bound for {@code budget_tokens}. */
    public static final int MIN_THINKING_BUDGET = 1024;

    public AnthropicOptions {
        if (defaultMaxTokens <= 0) {
            throw new IllegalArgumentException("default max tokens must be positive, got " + defaultMaxTokens);
        }
        if (thinkingBudgetTokens != 0 && thinkingBudgetTokens < MIN_THINKING_BUDGET) {
            throw new IllegalArgumentException("thinking budget must be 0 (off) or at least " + MIN_THINKING_BUDGET
                    + " tokens, got " + thinkingBudgetTokens);
        }
    }

    public boolean thinking() {
        return thinkingBudgetTokens > 0;
    }

    public AnthropicOptions withDefaultMaxTokens(int tokens) {
        return new AnthropicOptions(tokens, thinkingBudgetTokens);
    }

    public AnthropicOptions withThinkingBudget(int tokens) {
        return new AnthropicOptions(defaultMaxTokens, tokens);
    }
}
