package org.exhaustionlab.meta;

import java.util.concurrent.atomic.AtomicLong;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;

/** Counts the tokens a provider spends (prompt + completion), the model half of a step's {@link Cost}. */
final class MeteredProvider implements LlmProvider {

    private final LlmProvider delegate;
    private final AtomicLong tokens = new AtomicLong();

    MeteredProvider(LlmProvider delegate) {
        this.delegate = delegate;
    }

    long tokens() {
        return tokens.get();
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String displayName() {
        return delegate.displayName();
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        try {
            return count(delegate.chat(request));
        } catch (LlmException e) {
            e.partialResponse().ifPresent(this::count);
            throw e;
        }
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        return count(delegate.chatStreaming(request, listener));
    }

    @Override
    public boolean isReachable() {
        return delegate.isReachable();
    }

    private ChatResponse count(ChatResponse r) {
        tokens.addAndGet(r.usage().totalTokens());
        return r;
    }
}
