package org.exhaustionlab.llm;

import java.util.Objects;

/**
 * One turn of a conversation.
 *
 * @param role      who wrote it
 * @param content   the visible text (never null; may be empty)
 * @param reasoning the model's reasoning for an assistant turn, kept apart from the content; empty when none. Whether
 *                  it is sent back to the server is decided by the provider's {@link ReasoningHistoryPolicy}.
 */
public record ChatMessage(Role role, String content, String reasoning) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        reasoning = reasoning == null ? "" : reasoning;
    }

    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content, "");
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content, "");
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content, "");
    }

    /** An assistant turn replayed into the history, e.g. the previous answer of a repair loop. */
    public static ChatMessage assistant(String content, String reasoning) {
        return new ChatMessage(Role.ASSISTANT, content, reasoning);
    }

    /** Short form for logs: role and size only, so prompts (which may hold private data) are not dumped. */
    @Override
    public String toString() {
        return role.wireName() + "(" + content.length() + " chars" + (reasoning.isEmpty() ? "" :
                ", reasoning " + reasoning.length() + " chars") + ")";
    }
}
