package org.exhaustionlab.llm.openai;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import okio.BufferedSource;

import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ReasoningText;
import org.exhaustionlab.llm.SplitAnswer;
import org.exhaustionlab.llm.StreamProgress;
import org.exhaustionlab.llm.ThinkTagStreamSplitter;
import org.exhaustionlab.llm.Usage;

/**
 * Reads a streamed chat completion: server-sent events whose {@code data:} lines carry chunks with
 * {@code choices[0].delta.content} and {@code delta.reasoning_content} / {@code delta.reasoning}, ending with
 * {@code data: [DONE]}. Reports text and progress to the listener and assembles the complete response.
 */
final class SseChatStream {

    private static final String DONE = "[DONE]";

    private final ProviderConfig config;
    private final ChatStreamListener listener;
    private final long startNanos;
    private final StringBuilder content = new StringBuilder();
    private final StringBuilder fieldReasoning = new StringBuilder();
    private final ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
    private int chunks;
    private boolean lastWasReasoning;
    private FinishReason finishReason;
    private Usage usage = Usage.UNKNOWN;
    private String model = "";

    SseChatStream(ProviderConfig config, ChatStreamListener listener, long startNanos) {
        this.config = config;
        this.listener = listener;
        this.startNanos = startNanos;
    }

    /**
     * Consumes the event stream. A stream that ends without {@code [DONE]} or a finish reason was cut by the network
     * or the server; that is reported as {@link LlmException.Kind#NETWORK} with the text received so far.
     */
    ChatResponse read(BufferedSource source) throws IOException, LlmException {
        StringBuilder data = new StringBuilder();
        boolean done = false;
        String line;
        while (!done && (line = source.readUtf8Line()) != null) {
            if (line.isEmpty()) {
                done = dispatch(data);
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
            // Other fields (event:, id:, retry:) and ": keep-alive" comments carry nothing for chat completions.
        }
        if (!done) {
            done = dispatch(data);
        }
        ChatResponse response = response();
        if (!done && finishReason == null) {
            throw new LlmException(LlmException.Kind.NETWORK, config.describe() + " closed the stream after "
                    + response.content().length() + " characters without finishing the answer", 0, response, null);
        }
        return response;
    }

    /** Handles one event; true when it was the terminating {@code [DONE]}. */
    private boolean dispatch(StringBuilder data) throws LlmException {
        String payload = data.toString().strip();
        data.setLength(0);
        if (payload.isEmpty()) {
            return false;
        }
        if (payload.equals(DONE)) {
            return true;
        }
        JsonNode chunk = ChatJson.parse(payload, config);
        if (chunk.has("error")) {
            throw new LlmException(LlmException.Kind.SERVER_ERROR, config.describe() + " reported an error while "
                    + "streaming: " + HttpFailures.snippet(config, ChatJson.errorText(chunk)), 0, response(), null);
        }
        if (model.isEmpty()) {
            model = ChatJson.text(chunk, "model");
        }
        if (chunk.path("usage").isObject()) {
            usage = ChatJson.usage(chunk.path("usage"));
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.isMissingNode()) {
            return false;
        }
        String reason = ChatJson.text(choice, "finish_reason");
        if (!reason.isEmpty()) {
            finishReason = FinishReason.fromWire(reason);
        }
        JsonNode delta = choice.path("delta");
        String reasoningDelta = ChatJson.reasoningField(delta);
        String contentDelta = ChatJson.text(delta, "content");
        if (reasoningDelta.isEmpty() && contentDelta.isEmpty()) {
            return false;
        }
        chunks++;
        if (!reasoningDelta.isEmpty()) {
            fieldReasoning.append(reasoningDelta);
            lastWasReasoning = true;
            listener.onReasoning(reasoningDelta);
        }
        if (!contentDelta.isEmpty()) {
            content.append(contentDelta);
            route(splitter.feed(contentDelta));
        }
        listener.onProgress(progress());
        return false;
    }

    private void route(java.util.List<ThinkTagStreamSplitter.Segment> segments) {
        for (ThinkTagStreamSplitter.Segment segment : segments) {
            lastWasReasoning = segment.reasoning();
            if (segment.reasoning()) {
                listener.onReasoning(segment.text());
            } else {
                listener.onContent(segment.text());
            }
        }
    }

    private StreamProgress progress() {
        return new StreamProgress(chunks, fieldReasoning.length() + splitter.reasoningChars(), splitter.contentChars(),
                lastWasReasoning || splitter.inReasoning(), elapsed());
    }

    private ChatResponse response() {
        route(splitter.finish());
        SplitAnswer split = ReasoningText.split(fieldReasoning.toString(), content.toString());
        return new ChatResponse(split.content(), split.reasoning(), finishReason == null ? FinishReason.UNKNOWN
                : finishReason, usage, elapsed(), model);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
