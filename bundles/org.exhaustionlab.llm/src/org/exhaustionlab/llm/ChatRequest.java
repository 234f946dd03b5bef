package org.exhaustionlab.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chat-completion request, independent of the server that answers it.
 *
 * @param messages    the conversation, at least one message
 * @param model       model name; empty = the provider's configured model
 * @param temperature sampling temperature, null = server default (some servers ignore it, see {@link ProviderQuirks})
 * @param maxTokens   cap on generated tokens, null = server default
 * @param stop        stop sequences, may be empty
 * @param timeout     limit for the whole call including streaming, null = the provider's call timeout
 */
public record ChatRequest(List<ChatMessage> messages, String model, Double temperature, Integer maxTokens,
        List<String> stop, Duration timeout) {

    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        model = model == null ? "" : model.trim();
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, got " + temperature);
        }
        if (maxTokens != null && maxTokens <= 0) {
            throw new IllegalArgumentException("max tokens must be positive, got " + maxTokens);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** A request with only a system prompt and a user prompt, everything else left to the provider. */
    public static ChatRequest of(String systemPrompt, String userPrompt) {
        return builder().system(systemPrompt).user(userPrompt).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request, e.g. to append the next turn of a repair loop. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.messages.addAll(messages);
        return builder.model(model).temperature(temperature).maxTokens(maxTokens).stop(stop).timeout(timeout);
    }

    /** Not thread-safe; build once and share the immutable request. */
    public static final class Builder {
        private final List<ChatMessage> messages = new ArrayList<>();
        private String model = "";
        private Double temperature;
        private Integer maxTokens;
        private List<String> stop = List.of();
        private Duration timeout;

        private Builder() {
        }

        public Builder message(ChatMessage message) {
            messages.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        public Builder system(String content) {
            return message(ChatMessage.system(content));
        }

        public Builder user(String content) {
            return message(ChatMessage.user(content));
        }

        public Builder assistant(String content) {
            return message(ChatMessage.assistant(content));
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder stop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public ChatRequest build() {
            return new ChatRequest(messages, model, temperature, maxTokens, stop, timeout);
        }
    }
}
