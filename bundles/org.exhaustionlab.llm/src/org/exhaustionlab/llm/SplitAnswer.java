package org.exhaustionlab.llm;

/**
 * An answer separated into the model's reasoning and the visible content.
 *
 * @param reasoning the reasoning, trimmed; empty when the model did not reason visibly
 * @param content   everything else, trimmed
 */
public record SplitAnswer(String reasoning, String content) {

    public SplitAnswer {
        reasoning = reasoning == null ? "" : reasoning;
        content = content == null ? "" : content;
    }
}
