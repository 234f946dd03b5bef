package org.exhaustionlab.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * A complete answer.
 *
 * @param content      the visible answer with any reasoning removed (never null)
 * @param reasoning    the model's reasoning, from a separate field or from {@code <think>} tags; empty when none
 * @param finishReason why generation stopped; {@link FinishReason#LENGTH} means the content is cut off
 * @param usage        token counts, {@link Usage#UNKNOWN} when the server did not report them
 * @param latency      wall time from sending the request to the last byte, retries included
 * @param model        the model that answered as reported by the server (may differ from the requested name)
 */
public record ChatResponse(String content, String reasoning, FinishReason finishReason, Usage usage,
        Duration latency, String model) {

    public ChatResponse {
        content = content == null ? "" : content;
        reasoning = reasoning == null ? "" : reasoning;
        Objects.requireNonNull(finishReason, "finishReason");
        usage = usage == null ? Usage.UNKNOWN : usage;
        latency = latency == null ? Duration.ZERO : latency;
        model = model == null ? "" : model;
    }

    /** True when the token limit cut the answer off. */
    public boolean isTruncated() {
        return finishReason == FinishReason.LENGTH;
    }

    /** This answer as an assistant turn for the next request of a conversation. */
    public ChatMessage toMessage() {
        return ChatMessage.assistant(content, reasoning);
    }

    /** Sizes only: answers can be long and are logged often. */
    @Override
    public String toString() {
        return "ChatResponse[" + content.length() + " chars, reasoning " + reasoning.length() + " chars, "
                + finishReason.wireName() + ", " + usage.completionTokens() + " completion tokens, "
                + latency.toMillis() + " ms" + (model.isEmpty() ? "" : ", " + model) + "]";
    }
}
