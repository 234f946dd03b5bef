package org.exhaustionlab.llm.openai;

import java.time.Duration;

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
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ReasoningHistoryPolicy;
import org.exhaustionlab.llm.ReasoningText;
import org.exhaustionlab.llm.Role;
import org.exhaustionlab.llm.SplitAnswer;
import org.exhaustionlab.llm.Usage;

/** The chat-completions wire format: request bodies and non-streamed response bodies. */
final class ChatJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ChatJson() {
    }

    /** The request body exactly as {@code POST /chat/completions} expects it. */
    static String requestBody(ChatRequest request, ProviderConfig config, boolean stream) {
        ObjectNode body = MAPPER.createObjectNode();
        String model = request.model().isEmpty() ? config.model() : request.model();
        if (!model.isEmpty()) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            ObjectNode m = messages.addObject();
            m.put("role", message.role().wireName());
            m.put("content", message.content());
            if (message.role() == Role.ASSISTANT && !message.reasoning().isEmpty()
                    && config.quirks().reasoningHistory() == ReasoningHistoryPolicy.SEND_AS_REASONING_CONTENT) {
                m.put("reasoning_content", message.reasoning());
            }
        }
        if (request.temperature() != null && !config.quirks().ignoresSamplingParameters()) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        if (stream) {
            body.put("stream", true);
            if (config.quirks().streamUsage()) {
                body.putObject("stream_options").put("include_usage", true);
            }
        }
        return body.toString();
    }

    /** Parses a non-streamed answer; reasoning comes from {@code reasoning_content}, {@code reasoning} or tags. */
    static ChatResponse parseCompletion(String body, ProviderConfig config, Duration latency) throws LlmException {
        JsonNode root = parse(body, config);
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw badResponse(config, root.has("error") ? "an error instead of choices: " + errorText(root)
                    : "no choices", body);
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw badResponse(config, "a choice without a message", body);
        }
        SplitAnswer split = ReasoningText.split(reasoningField(message), text(message, "content"));
        return new ChatResponse(split.content(), split.reasoning(), FinishReason.fromWire(text(choice,
                "finish_reason")), usage(root.path("usage")), latency, text(root, "model"));
    }

    /** Reads JSON, turning malformed text into a one-line {@link LlmException.Kind#BAD_RESPONSE}. */
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

    /** DeepSeek and llama.cpp say {@code reasoning_content}; vLLM since about 0.11 says {@code reasoning}. */
    static String reasoningField(JsonNode messageOrDelta) {
        String reasoning = text(messageOrDelta, "reasoning_content");
        return reasoning.isEmpty() ? text(messageOrDelta, "reasoning") : reasoning;
    }

    static Usage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return Usage.UNKNOWN;
        }
        return new Usage(Math.max(0, usage.path("prompt_tokens").asInt(0)),
                Math.max(0, usage.path("completion_tokens").asInt(0)),
                Math.max(0, usage.path("completion_tokens_details").path("reasoning_tokens").asInt(0)));
    }

    /** A text field, empty when missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    /** The {@code error.message} (or {@code error} string) of an OpenAI-style error body. */
    static String errorText(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isTextual()) {
            return error.asText();
        }
        String message = text(error, "message");
        return message.isEmpty() ? error.toString() : message;
    }

    static LlmException badResponse(ProviderConfig config, String what, String body) {
        return new LlmException(LlmException.Kind.BAD_RESPONSE, config.describe() + " returned " + what
                + " instead of a chat completion: " + HttpFailures.snippet(config, body));
    }
}
