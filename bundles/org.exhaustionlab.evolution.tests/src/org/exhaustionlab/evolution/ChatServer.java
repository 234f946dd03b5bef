package org.exhaustionlab.evolution;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;
import org.exhaustionlab.llm.openai.OpenAiCompatibleProvider;

/** An OpenAI-compatible chat-completions server played by MockWebServer, and a provider pointed at it. */
final class ChatServer {

    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100),
            Duration.ofSeconds(2));

    private ChatServer() {
    }

    static OpenAiCompatibleProvider provider(MockWebServer server) {
        return new OpenAiCompatibleProvider(config(server.url("/v1").toString()));
    }

    static ProviderConfig config(String baseUrl) {
        return ProviderPresets.lmStudio("qwen2.5-coder-7b").withBaseUrl(baseUrl)
                .withApiKey(ApiKeySource.literal("lm-studio")).withRetry(FAST_RETRY)
                .withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }

    /** A provider for a port nobody listens on: connection refused. */
    static OpenAiCompatibleProvider down() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new OpenAiCompatibleProvider(config("http://127.0.0.1:" + port + "/v1"));
    }

    /** A chat completion as an OpenAI-compatible server sends it. */
    static MockResponse answer(String content, String finishReason) {
        String body = "{\"id\":\"chatcmpl-7\",\"object\":\"chat.completion\",\"created\":1764000000,"
                + "\"model\":\"qwen2.5-coder-7b-instruct\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
                + "\"assistant\",\"content\":" + quote(content) + "},\"logprobs\":null,\"finish_reason\":\""
                + finishReason + "\"}],\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":300,"
                + "\"total_tokens\":1200}}";
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse answer(String content) {
        return answer(content, "stop");
    }

    static MockResponse rateLimited() {
        return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", "0")
                .body("{\"error\":{\"message\":\"Rate limit reached, retry later\",\"type\":\"rate_limit\"}}")
                .build();
    }

    /** The model list {@code isReachable()} probes. */
    static MockResponse models() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5-coder-7b\",\"object\":\"model\"}]}").build();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
