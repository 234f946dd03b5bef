package org.exhaustionlab.llm.anthropic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;

/** Bodies and event streams exactly as Anthropic's Messages API sends them, and a provider wired to a mock server. */
final class AnthropicFixtures {

    /** Looks like a real key so that a leak would be obvious in any message. */
    static final String KEY = "sk-ant-api03-SECRET-9d41c7e2b05a";

    static final RetryPolicy FAST_RETRY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(5));

    /** Waits the provider asked for, without spending them. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    private AnthropicFixtures() {
    }

    /** The real preset pointed at the mock server (base URL without /v1, as for api.anthropic.com). */
    static ProviderConfig config(MockWebServer server) {
        return AnthropicPresets.anthropic("claude-test-1", name -> null).withBaseUrl(server.url("/").toString())
                .withApiKey(ApiKeySource.literal(KEY)).withRetry(FAST_RETRY)
                .withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20)));
    }

    static AnthropicProvider provider(ProviderConfig config, RecordingSleeper sleeper) {
        return provider(config, AnthropicOptions.DEFAULT, sleeper);
    }

    static AnthropicProvider provider(ProviderConfig config, AnthropicOptions options, RecordingSleeper sleeper) {
        return new AnthropicProvider(config, options, new okhttp3.OkHttpClient(), sleeper, () -> 0.5);
    }

    /** A complete message; {@code thinking} null for none. */
    static String message(String thinking, String text, String stopReason, int inputTokens, int outputTokens) {
        ObjectNode root = MessagesJson.MAPPER.createObjectNode();
        root.put("id", "msg_01XFDUDYJgAACzvnptvVoYEL");
        root.put("type", "message");
        root.put("role", "assistant");
        ArrayNode content = root.putArray("content");
        if (thinking != null) {
            content.addObject().put("type", "thinking").put("thinking", thinking)
                    .put("signature", "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds");
        }
        if (text != null) {
            content.addObject().put("type", "text").put("text", text);
        }
        root.put("model", "claude-test-1-20261101");
        root.put("stop_reason", stopReason);
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage");
        usage.put("input_tokens", inputTokens);
        usage.put("cache_creation_input_tokens", 0);
        usage.put("cache_read_input_tokens", 0);
        usage.put("output_tokens", outputTokens);
        return root.toString();
    }

    /** Anthropic's error body: {@code {"type":"error","error":{"type":...,"message":...},"request_id":...}}. */
    static String error(String type, String message) {
        ObjectNode root = MessagesJson.MAPPER.createObjectNode();
        root.put("type", "error");
        root.putObject("error").put("type", type).put("message", message);
        root.put("request_id", "req_011CSHoEeqs5C35K2UUqR7Fy");
        return root.toString();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy").body(body).build();
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    /** A streaming answer builder producing {@code event: <type>} / {@code data: <json>} pairs. */
    static final class Sse {
        private final StringBuilder body = new StringBuilder();
        private int index = -1;

        Sse event(String type, String json) {
            body.append("event: ").append(type).append('\n').append("data: ").append(json).append("\n\n");
            return this;
        }

        Sse messageStart(int inputTokens) {
            return event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_01\",\"type\":"
                    + "\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-test-1-20261101\","
                    + "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":" + inputTokens
                    + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1}}}");
        }

        /** A whole content block: start, one delta per piece, (a signature for thinking), stop. */
        Sse block(String type, String... pieces) {
            index++;
            String startBlock = type.equals("thinking") ? "{\"type\":\"thinking\",\"thinking\":\"\"}"
                    : "{\"type\":\"text\",\"text\":\"\"}";
            event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index
                    + ",\"content_block\":" + startBlock + "}");
            for (String piece : pieces) {
                ObjectNode delta = MessagesJson.MAPPER.createObjectNode();
                delta.put("type", type + "_delta").put(type, piece);
                event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":"
                        + delta + "}");
            }
            if (type.equals("thinking")) {
                event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":"
                        + "{\"type\":\"signature_delta\",\"signature\":\"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxB\"}}");
            }
            return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
        }

        Sse ping() {
            return event("ping", "{\"type\": \"ping\"}");
        }

        Sse messageDelta(String stopReason, int outputTokens) {
            return event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason
                    + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + outputTokens + "}}");
        }

        Sse messageStop() {
            return event("message_stop", "{\"type\":\"message_stop\"}");
        }

        Sse error(String type, String message) {
            return event("error", AnthropicFixtures.error(type, message));
        }

        MockResponse response() {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream; charset=utf-8")
                    .body(body.toString()).build();
        }
    }
}
