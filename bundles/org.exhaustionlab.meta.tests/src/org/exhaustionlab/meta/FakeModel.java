package org.exhaustionlab.meta;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.RetryPolicy;
import org.exhaustionlab.llm.Timeouts;
import org.exhaustionlab.llm.openai.OpenAiCompatibleProvider;

/**
 * An OpenAI-compatible model server played by MockWebServer: answers the model list probe and each chat completion
 * with the next scripted strategy (cycling), and keeps every request body so tests can read the prompt and the
 * temperature. Never leaves the machine.
 */
final class FakeModel extends Dispatcher implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    final List<String> chatBodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> answers;
    private int next;

    FakeModel(List<String> scripts) throws IOException {
        this.answers = List.copyOf(scripts);
        server.setDispatcher(this);
        server.start();
    }

    OpenAiCompatibleProvider provider() {
        return new OpenAiCompatibleProvider(ProviderPresets.lmStudio("fake-coder").withBaseUrl(server.url("/v1")
                .toString()).withApiKey(ApiKeySource.literal("lm-studio")).withRetry(new RetryPolicy(1,
                        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)))
                .withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20))));
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        if (request.getTarget().endsWith("/models")) {
            return json("{\"object\":\"list\",\"data\":[{\"id\":\"fake-coder\",\"object\":\"model\"}]}");
        }
        chatBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
        String code = answers.get(next++ % answers.size());
        String content = "Here you go.\n\n```pine\n" + code.strip() + "\n```\n";
        return json("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"fake-coder\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1500,\"completion_tokens\":400,"
                + "\"total_tokens\":1900}}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.close();
    }

    static final String BREAKOUT = """
            //@version=6
            strategy("Channel Breakout", overlay = true, initial_capital = 10000, default_qty_type = strategy.percent_of_equity, default_qty_value = 10)
            len = input.int(20, "Channel", minval = 5, maxval = 100, step = 1)
            hi = ta.highest(high, len)[1]
            lo = ta.lowest(low, len)[1]
            if close > hi
                strategy.entry("L", strategy.long)
            if close < lo
                strategy.entry("S", strategy.short)
            """;

    static final String BANDS = """
            //@version=6
            strategy("Band Fade", overlay = true, initial_capital = 10000, default_qty_type = strategy.percent_of_equity, default_qty_value = 10)
            len = input.int(20, "Length", minval = 5, maxval = 100, step = 1)
            mult = input.float(2.0, "Width", minval = 1.0, maxval = 4.0, step = 0.1)
            [mid, up, dn] = ta.bb(close, len, mult)
            if ta.crossover(close, dn)
                strategy.entry("L", strategy.long)
            if ta.crossunder(close, up)
                strategy.entry("S", strategy.short)
            if ta.cross(close, mid)
                strategy.close_all()
            """;

    static final String MACD = """
            //@version=6
            strategy("MACD Turn", overlay = false, initial_capital = 10000, default_qty_type = strategy.percent_of_equity, default_qty_value = 10)
            fastLen = input.int(12, "Fast", minval = 2, maxval = 50, step = 1)
            slowLen = input.int(26, "Slow", minval = 10, maxval = 100, step = 1)
            [m, s, h] = ta.macd(close, fastLen, slowLen, 9)
            if ta.crossover(m, s)
                strategy.entry("L", strategy.long)
            if ta.crossunder(m, s)
                strategy.entry("S", strategy.short)
            """;
}
