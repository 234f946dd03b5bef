package org.exhaustionlab.llm;

/**
 * Receives a streamed answer as it arrives. Called on the thread that called
 * {@link LlmProvider#chatStreaming(ChatRequest, ChatStreamListener)}; implementations should return quickly.
 * Every method has an empty default so a listener implements only what it needs.
 */
public interface ChatStreamListener {

    /** A listener that ignores everything. */
    ChatStreamListener NONE = new ChatStreamListener() {
    };

    /** New reasoning text (from a separate reasoning field or from inside {@code <think>} tags). */
    default void onReasoning(String delta) {
    }

    /**
     * New answer text. With the "lone {@code </think>}" form the text before the closing tag is first reported
     * here and only recognised as reasoning when the tag arrives; the final {@link ChatResponse} is always split
     * correctly.
     */
    default void onContent(String delta) {
    }

    /** Counters after each stream event that carried text. */
    default void onProgress(StreamProgress progress) {
    }
}
