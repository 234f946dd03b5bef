package org.exhaustionlab.llm.openai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.exhaustionlab.llm.ChatMessage;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.Role;
import org.exhaustionlab.llm.Usage;

/**
 * One recorded exchange: the request and either the response or the failure. Stored as one pretty-printed JSON
 * file per exchange, named {@code 0001-<hash>.json} so a folder lists in call order and diffs well.
 *
 * @param index    1-based call number within the recording
 * @param hash     {@link #hashOf(ChatRequest)} of the request
 * @param request  what was asked
 * @param response the answer, or the partial answer of a truncated failure; null when the call failed otherwise
 * @param error    the failure, null when the call succeeded
 */
record Recording(int index, String hash, ChatRequest request, ChatResponse response, Failure error) {

    /** A recorded failure, re-thrown on replay. */
    record Failure(LlmException.Kind kind, String message, int httpStatus) {
    }

    static final int FORMAT_VERSION = 1;

    String fileName() {
        return String.format(java.util.Locale.ROOT, "%04d-%s.json", index, hash);
    }

    /**
     * Identifies a request by its messages only (roles and texts, reasoning excluded), so a replay still matches when
     * the model name or sampling parameters of the configuration differ. First 16 hex digits of a SHA-256.
     */
    static String hashOf(ChatRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ChatMessage message : request.messages()) {
                sha.update(message.role().wireName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(message.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    String toJson() {
        ObjectNode root = ChatJson.MAPPER.createObjectNode();
        root.put("format", FORMAT_VERSION);
        root.put("index", index);
        root.put("hash", hash);
        ObjectNode req = root.putObject("request");
        req.put("model", request.model());
        if (request.temperature() != null) {
            req.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            req.put("max_tokens", request.maxTokens());
        }
        ArrayNode stop = req.putArray("stop");
        request.stop().forEach(stop::add);
        if (request.timeout() != null) {
            req.put("timeout_ms", request.timeout().toMillis());
        }
        ArrayNode messages = req.putArray("messages");
        for (ChatMessage message : request.messages()) {
            ObjectNode m = messages.addObject();
            m.put("role", message.role().wireName());
            m.put("content", message.content());
            if (!message.reasoning().isEmpty()) {
                m.put("reasoning", message.reasoning());
            }
        }
        if (response != null) {
            ObjectNode res = root.putObject("response");
            res.put("content", response.content());
            res.put("reasoning", response.reasoning());
            res.put("finish_reason", response.finishReason().wireName());
            res.put("model", response.model());
            res.put("latency", response.latency().toString());
            ObjectNode usage = res.putObject("usage");
            usage.put("prompt_tokens", response.usage().promptTokens());
            usage.put("completion_tokens", response.usage().completionTokens());
            usage.put("reasoning_tokens", response.usage().reasoningTokens());
        }
        if (error != null) {
            ObjectNode err = root.putObject("error");
            err.put("kind", error.kind().name());
            err.put("message", error.message());
            err.put("http_status", error.httpStatus());
        }
        return root.toPrettyString();
    }

    /** Reads a file written by {@link #toJson()}; {@code IllegalArgumentException} names what is wrong. */
    static Recording fromJson(JsonNode root) {
        if (root.path("format").asInt(-1) != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported recording format " + root.path("format"));
        }
        JsonNode req = root.path("request");
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode m : req.path("messages")) {
            messages.add(new ChatMessage(Role.fromWire(ChatJson.text(m, "role")), ChatJson.text(m, "content"),
                    ChatJson.text(m, "reasoning")));
        }
        List<String> stop = new ArrayList<>();
        req.path("stop").forEach(s -> stop.add(s.asText()));
        ChatRequest request = new ChatRequest(messages, ChatJson.text(req, "model"),
                req.has("temperature") ? req.get("temperature").asDouble() : null,
                req.has("max_tokens") ? req.get("max_tokens").asInt() : null, stop,
                req.has("timeout_ms") ? Duration.ofMillis(req.get("timeout_ms").asLong()) : null);
        ChatResponse response = null;
        JsonNode res = root.path("response");
        if (res.isObject()) {
            JsonNode usage = res.path("usage");
            response = new ChatResponse(ChatJson.text(res, "content"), ChatJson.text(res, "reasoning"),
                    FinishReason.fromWire(ChatJson.text(res, "finish_reason")),
                    new Usage(usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0),
                            usage.path("reasoning_tokens").asInt(0)),
                    latency(ChatJson.text(res, "latency")), ChatJson.text(res, "model"));
        }
        Failure error = null;
        JsonNode err = root.path("error");
        if (err.isObject()) {
            error = new Failure(LlmException.Kind.valueOf(ChatJson.text(err, "kind")), ChatJson.text(err, "message"),
                    err.path("http_status").asInt(0));
        }
        if (response == null && error == null) {
            throw new IllegalArgumentException("recording has neither a response nor an error");
        }
        return new Recording(root.path("index").asInt(0), ChatJson.text(root, "hash"), request, response, error);
    }

    /** ISO-8601 ({@code PT1.234S}) keeps the latency exact, so a replayed response equals the recorded one. */
    private static Duration latency(String iso) {
        try {
            return iso.isEmpty() ? Duration.ZERO : Duration.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("latency '" + iso + "' is not an ISO-8601 duration", e);
        }
    }

    /** The recorded outcome: the response, or the recorded failure thrown again. */
    ChatResponse replay() throws LlmException {
        if (error != null) {
            throw new LlmException(error.kind(), error.message(), error.httpStatus(), response, null);
        }
        return response;
    }
}
