package org.exhaustionlab.llm;

import java.util.List;

/**
 * A language-model service that answers chat requests: a local server (Ollama, LM Studio, vLLM, llama.cpp) or a
 * hosted API (DeepSeek, OpenAI). Implementations are thread-safe; one instance serves concurrent callers.
 */
public interface LlmProvider {

    /** Stable identifier, e.g. {@code "deepseek"} or {@code "lmstudio"}. */
    String id();

    /** Name shown to users and used in error messages, e.g. {@code "LM Studio"}. */
    String displayName();

    /**
     * Sends the request and blocks until the complete answer has arrived.
     *
     * @throws LlmException with a one-line message when the server cannot be reached, refuses the request, times
     *                      out or answers with something that is not a chat completion. A truncated answer
     *                      ({@link FinishReason#LENGTH}) throws {@link LlmException.Kind#TRUNCATED}; the cut-off
     *                      answer is kept in {@link LlmException#partialResponse()} so callers can salvage it.
     */
    ChatResponse chat(ChatRequest request) throws LlmException;

    /**
     * Like {@link #chat(ChatRequest)} but streams the answer, reporting text and progress to {@code listener} as it
     * arrives. Returns the same complete response at the end.
     */
    ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException;

    /** Quick probe (a few seconds at most) whether the server is up and accepts the configured key. Never throws. */
    boolean isReachable();

    /** Model names the server offers. */
    default List<String> listModels() throws LlmException {
        return List.of();
    }
}
