package org.exhaustionlab.llm.anthropic;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

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
 * Reads a streamed message: server-sent events {@code message_start}, then per content block
 * {@code content_block_start}, {@code content_block_delta}s ({@code thinking_delta} or {@code text_delta}) and
 * {@code content_block_stop}, then {@code message_delta} (stop reason, output tokens) and {@code message_stop};
 * {@code ping} may come at any time and {@code error} replaces the rest. Thinking goes to
 * {@link ChatStreamListener#onReasoning}; text passes through a {@link ThinkTagStreamSplitter} because
 * Anthropic-compatible servers of other models may still inline {@code <think>} tags. Not thread-safe.
 */
final class MessagesStream {

    private final ProviderConfig config;
    private final ChatStreamListener listener;
    private final long startNanos;
    private final StringBuilder thinking = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
    private int chunks;
    private boolean lastWasReasoning;
    /** A thinking block ended: the next thinking text starts a new paragraph. */
    private boolean thinkingBlockClosed;
    private FinishReason finishReason;
    private Usage usage = Usage.UNKNOWN;
    private String model = "";

    MessagesStream(ProviderConfig config, ChatStreamListener listener, long startNanos) {
        this.config = config;
        this.listener = listener;
        this.startNanos = startNanos;
    }

    /**
     * Consumes the event stream up to {@code message_stop}. A stream that ends before it was cut by the network or
     * the server: {@link LlmException.Kind#NETWORK} with the text received so far.
     */
    ChatResponse read(BufferedSource source) throws IOException, LlmException {
        StringBuilder data = new StringBuilder();
        String eventName = "";
        boolean stopped = false;
        String line;
        while (!stopped && (line = source.readUtf8Line()) != null) {
            if (line.isEmpty()) {
                stopped = dispatch(eventName, data);
                eventName = "";
            } else if (line.startsWith("event:")) {
                eventName = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
            // id:, retry: and ": comment" lines carry nothing for messages.
        }
        if (!stopped) {
            stopped = dispatch(eventName, data);
        }
        ChatResponse response = response();
        if (!stopped) {
            throw new LlmException(LlmException.Kind.NETWORK, config.describe() + " closed the stream after "
                    + response.content().length() + " characters without finishing the message", 0, response, null);
        }
        return response;
    }

    /** True once any reasoning or answer text was passed to the listener; a retry would then repeat it. */
    boolean startedAnswer() {
        return chunks > 0;
    }

    /** Handles one event; true when it was {@code message_stop}. */
    private boolean dispatch(String eventName, StringBuilder data) throws LlmException {
        String payload = data.toString().strip();
        data.setLength(0);
        if (payload.isEmpty()) {
            return false;
        }
        JsonNode event = MessagesJson.parse(payload, config);
        String type = MessagesJson.text(event, "type");
        switch (type.isEmpty() ? eventName : type) {
            case "message_start" -> {
                JsonNode message = event.path("message");
                model = MessagesJson.text(message, "model");
                usage = MessagesJson.usage(message.path("usage"), usage);
            }
            case "content_block_start" -> blockStart(event.path("content_block"));
            case "content_block_delta" -> delta(event.path("delta"));
            case "content_block_stop" -> thinkingBlockClosed = thinking.length() > 0;
            case "message_delta" -> {
                String reason = MessagesJson.text(event.path("delta"), "stop_reason");
                if (!reason.isEmpty()) {
                    finishReason = MessagesJson.finishReason(reason);
                }
                usage = MessagesJson.usage(event.path("usage"), usage);
            }
            case "message_stop" -> {
                return true;
            }
            case "error" -> throw AnthropicFailures.forStreamEvent(config, event, response());
            default -> {
                // ping, and event types added to the API later: nothing to do
            }
        }
        return false;
    }

    /** Servers may put initial text into the block itself rather than into a first delta. */
    private void blockStart(JsonNode block) {
        String type = MessagesJson.text(block, "type");
        if (type.equals("thinking")) {
            addThinking(MessagesJson.text(block, "thinking"));
        } else if (type.equals("text")) {
            addText(MessagesJson.text(block, "text"));
        }
    }

    private void delta(JsonNode delta) {
        switch (MessagesJson.text(delta, "type")) {
            case "thinking_delta" -> addThinking(MessagesJson.text(delta, "thinking"));
            case "text_delta" -> addText(MessagesJson.text(delta, "text"));
            default -> {
                // signature_delta (verifies the thinking, not shown), input_json_delta (tool calls)
            }
        }
    }

    private void addThinking(String delta) {
        if (delta.isEmpty()) {
            return;
        }
        if (thinkingBlockClosed) {
            thinking.append("\n\n");
            thinkingBlockClosed = false;
        }
        thinking.append(delta);
        lastWasReasoning = true;
        chunks++;
        listener.onReasoning(delta);
        listener.onProgress(progress());
    }

    private void addText(String delta) {
        if (delta.isEmpty()) {
            return;
        }
        text.append(delta);
        chunks++;
        route(splitter.feed(delta));
        listener.onProgress(progress());
    }

    private void route(List<ThinkTagStreamSplitter.Segment> segments) {
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
        return new StreamProgress(chunks, thinking.length() + splitter.reasoningChars(), splitter.contentChars(),
                lastWasReasoning || splitter.inReasoning(), elapsed());
    }

    private ChatResponse response() {
        route(splitter.finish());
        SplitAnswer split = ReasoningText.split(thinking.toString(), text.toString());
        return new ChatResponse(split.content(), split.reasoning(),
                finishReason == null ? FinishReason.UNKNOWN : finishReason, usage, elapsed(), model);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
