package org.exhaustionlab.llm.anthropic;

import java.util.List;
import java.util.function.Function;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Registers Anthropic as an {@link LlmProvider} OSGi service, so that installing this bundle is all it takes to
 * offer the provider; consumers pick providers by {@link #id()} ({@code "anthropic"}, also the service property
 * {@code llm.provider.id}). Built from {@link AnthropicPresets#anthropic(String)}: key from
 * {@code ANTHROPIC_API_KEY} or {@code EXHAUSTIONLAB_LLM_API_KEY} (read at each request, so a missing key makes
 * requests fail with a clear configuration error rather than the service disappear), model from
 * {@code ANTHROPIC_MODEL} or {@link AnthropicPresets#DEFAULT_MODEL}; a request's own model still wins.
 */
@Component(service = LlmProvider.class, property = {"llm.provider.id=" + AnthropicPresets.ID,
        "llm.protocol=anthropic-messages"})
public final class AnthropicProviderComponent implements LlmProvider {

    private final AnthropicProvider delegate;

    public AnthropicProviderComponent() {
        this(System::getenv);
    }

    AnthropicProviderComponent(Function<String, String> environment) {
        this.delegate = new AnthropicProvider(AnthropicPresets.anthropic(AnthropicPresets.modelFrom(environment),
                environment));
    }

    /** The provider behind the service, e.g. to read its configuration. */
    public AnthropicProvider provider() {
        return delegate;
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
        return delegate.chat(request);
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        return delegate.chatStreaming(request, listener);
    }

    @Override
    public boolean isReachable() {
        return delegate.isReachable();
    }

    @Override
    public List<String> listModels() throws LlmException {
        return delegate.listModels();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
