package org.exhaustionlab.llm;

/**
 * Token counts reported by the server; 0 when the server did not report them.
 *
 * @param promptTokens     tokens in the request
 * @param completionTokens tokens generated, reasoning included
 * @param reasoningTokens  the part of {@code completionTokens} spent on reasoning, when reported
 */
public record Usage(int promptTokens, int completionTokens, int reasoningTokens) {

    public static final Usage UNKNOWN = new Usage(0, 0, 0);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0 || reasoningTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: prompt " + promptTokens
                    + ", completion " + completionTokens + ", reasoning " + reasoningTokens);
        }
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
