package org.exhaustionlab.llm.anthropic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.exhaustionlab.llm.ChatMessage;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmException.Kind;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ReasoningText;
import org.exhaustionlab.llm.Role;
import org.exhaustionlab.llm.SplitAnswer;
import org.exhaustionlab.llm.Usage;

/** The Messages API wire format: request bodies, message bodies, usage, stop reasons and error bodies. */
final class MessagesJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Anthropic accepts temperatures 0..1, the shared request type 0..2 (OpenAI's range). */
    static final double MAX_TEMPERATURE = 1.0;

    private MessagesJson() {
    }

    /**
     * The body of {@code POST /v1/messages}. System messages go to the top-level {@code system} field (joined by
     * blank lines, in order); earlier reasoning is never sent back because Anthropic only accepts thinking blocks
     * with the signature this API does not keep.
     */
    static String requestBody(ChatRequest request, ProviderConfig config, AnthropicOptions options, boolean stream)
            throws LlmException {
        String model = request.model().isEmpty() ? config.model() : request.model();
        if (model.isEmpty()) {
            throw new LlmException(Kind.CONFIGURATION, config.describe() + " needs a model name: the Messages API "
                    + "has no default model");
        }
        int maxTokens = request.maxTokens() != null ? request.maxTokens() : options.defaultMaxTokens();
        if (options.thinking() && maxTokens <= options.thinkingBudgetTokens()) {
            throw new LlmException(Kind.BAD_REQUEST, "max tokens " + maxTokens + " for " + config.describe()
                    + " must exceed the thinking budget of " + options.thinkingBudgetTokens() + " tokens");
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", maxTokens);
        List<String> system = new ArrayList<>();
        ArrayNode messages = MAPPER.createArrayNode();
        for (ChatMessage message : request.messages()) {
            if (message.role() == Role.SYSTEM) {
                system.add(message.content());
            } else {
                messages.addObject().put("role", message.role().wireName()).put("content", message.content());
            }
        }
        if (messages.isEmpty()) {
            throw new LlmException(Kind.BAD_REQUEST, "a request to " + config.describe() + " needs at least one user "
                    + "message besides the system prompt");
        }
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        body.set("messages", messages);
        if (request.temperature() != null && !options.thinking() && !config.quirks().ignoresSamplingParameters()) {
            body.put("temperature", Math.min(MAX_TEMPERATURE, request.temperature()));
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            request.stop().forEach(stop::add);
        }
        if (options.thinking()) {
            body.putObject("thinking").put("type", "enabled").put("budget_tokens", options.thinkingBudgetTokens());
        }
        if (stream) {
            body.put("stream", true);
        }
        return body.toString();
    }

    /** A non-streamed message: thinking blocks become the reasoning, text blocks the content. */
    static ChatResponse parseMessage(String body, ProviderConfig config, Duration latency) throws LlmException {
        JsonNode root = parse(body, config);
        if ("error".equals(text(root, "type"))) {
            throw badResponse(config, "an error instead of a message: " + errorText(root), body);
        }
        JsonNode content = root.path("content");
        if (!content.isArray()) {
            throw badResponse(config, "a message without content blocks", body);
        }
        List<String> thinking = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            switch (text(block, "type")) {
                case "thinking" -> thinking.add(text(block, "thinking"));
                case "text" -> text.append(text(block, "text"));
                default -> {
                    // redacted_thinking (encrypted), tool_use and server-tool blocks carry no text for the user
                }
            }
        }
        SplitAnswer split = ReasoningText.split(String.join("\n\n", thinking), text.toString());
        return new ChatResponse(split.content(), split.reasoning(), finishReason(text(root, "stop_reason")),
                usage(root.path("usage"), Usage.UNKNOWN), latency, text(root, "model"));
    }

    /** Anthropic's {@code stop_reason} in the shared vocabulary; absent or unknown values are UNKNOWN. */
    static FinishReason finishReason(String stopReason) {
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> FinishReason.STOP;
            case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
            case "tool_use" -> FinishReason.TOOL_CALLS;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.UNKNOWN;
        };
    }

    /**
     * Token counts of a {@code usage} object; fields it lacks keep their value from {@code previous} (the stream's
     * {@code message_delta} usually reports only {@code output_tokens}). Cached prompt tokens are counted as prompt.
     */
    static Usage usage(JsonNode usage, Usage previous) {
        if (!usage.isObject()) {
            return previous;
        }
        int prompt = previous.promptTokens();
        if (usage.has("input_tokens")) {
            prompt = count(usage, "input_tokens") + count(usage, "cache_creation_input_tokens")
                    + count(usage, "cache_read_input_tokens");
        }
        int completion = usage.has("output_tokens") ? count(usage, "output_tokens") : previous.completionTokens();
        return new Usage(prompt, completion, 0);
    }

    private static int count(JsonNode usage, String field) {
        return Math.max(0, usage.path(field).asInt(0));
    }

    /** Reads JSON, turning malformed text into a one-line {@link Kind#BAD_RESPONSE}. */
    static JsonNode parse(String body, ProviderConfig config) throws LlmException {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw badResponse(config, "no JSON object", body);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw badResponse(config, "invalid JSON", body);
        }
    }

    /** A text field, empty when missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    /** {@code error.type} of {@code {"type":"error","error":{"type":...,"message":...}}}; empty when absent. */
    static String errorType(JsonNode root) {
        return text(root.path("error"), "type");
    }

    /** {@code error.message}, or the whole error object when it has none. */
    static String errorText(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isTextual()) {
            return error.asText();
        }
        String message = text(error, "message");
        return message.isEmpty() ? error.toString() : message;
    }

    static LlmException badResponse(ProviderConfig config, String what, String body) {
        return new LlmException(Kind.BAD_RESPONSE, config.describe() + " returned " + what + " instead of a "
                + "message: " + AnthropicFailures.snippet(config, body));
    }
}
