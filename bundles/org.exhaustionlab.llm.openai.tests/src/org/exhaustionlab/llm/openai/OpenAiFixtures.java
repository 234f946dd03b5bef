package org.exhaustionlab.llm.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;

/** Bodies in the exact OpenAI chat-completions format, and a provider wired to a mock server. */
final class OpenAiFixtures {

    /** Looks like a real key so that a leak would be obvious in any message. */
    static final String KEY = "sk-live-SECRET-7f3a9c2e51d84b06";

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

    private OpenAiFixtures() {
    }

    static ProviderConfig config(MockWebServer server) {
        return ProviderPresets.lmStudio("test-model").withBaseUrl(server.url("/v1").toString())
                .withApiKey(ApiKeySource.literal(KEY)).withRetry(FAST_RETRY)
                .withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20)));
    }

    static OpenAiCompatibleProvider provider(ProviderConfig config, RecordingSleeper sleeper) {
        return new OpenAiCompatibleProvider(config, new okhttp3.OkHttpClient(), sleeper, () -> 0.5);
    }

    /** A non-streamed completion; {@code reasoningField} is "reasoning_content", "reasoning" or null for none. */
    static String completion(String content, String reasoningField, String reasoning, String finishReason) {
        ObjectNode root = ChatJson.MAPPER.createObjectNode();
        root.put("id", "chatcmpl-123");
        root.put("object", "chat.completion");
        root.put("created", 1_764_000_000L);
        root.put("model", "test-model-q4");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (content == null) {
            message.putNull("content");
        } else {
            message.put("content", content);
        }
        if (reasoningField != null) {
            message.put(reasoningField, reasoning);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 42);
        usage.put("completion_tokens", 17);
        usage.put("total_tokens", 59);
        usage.putObject("completion_tokens_details").put("reasoning_tokens", 5);
        return root.toString();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    /** One streamed chunk: {@code field} is "content", "reasoning_content" or "reasoning". */
    static String chunk(String field, String text, String finishReason) {
        ObjectNode root = ChatJson.MAPPER.createObjectNode();
        root.put("id", "chatcmpl-123");
        root.put("object", "chat.completion.chunk");
        root.put("created", 1_764_000_000L);
        root.put("model", "test-model-q4");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (field != null) {
            delta.put(field, text);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root.toString();
    }

    /** The final usage-only chunk sent when {@code stream_options.include_usage} is set. */
    static String usageChunk(int prompt, int completion) {
        return "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"model\":\"test-model-q4\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    /** An SSE body: each event as {@code data: <json>} and a blank line. */
    static MockResponse sse(List<String> events, boolean done) {
        StringBuilder body = new StringBuilder(": keep-alive\n\n");
        for (String event : events) {
            body.append("data: ").append(event).append("\n\n");
        }
        if (done) {
            body.append("data: [DONE]\n\n");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build();
    }
}
