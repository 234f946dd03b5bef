package org.exhaustionlab.llm;

/** Why the model stopped generating ({@code finish_reason} in the chat-completions API). */
public enum FinishReason {
    /** Natural end or a stop sequence. */
    STOP,
    /** The token limit ({@code max_tokens} or the context window) cut the answer off: the output is truncated. */
    LENGTH,
    CONTENT_FILTER,
    TOOL_CALLS,
    /** Missing or not one of the known values. */
    UNKNOWN;

    /** Maps the wire value ({@code "stop"}, {@code "length"}, ...; null when absent). */
    public static FinishReason fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value) {
            case "stop", "eos", "stop_sequence" -> STOP;
            case "length", "max_tokens" -> LENGTH;
            case "content_filter" -> CONTENT_FILTER;
            case "tool_calls", "function_call" -> TOOL_CALLS;
            default -> UNKNOWN;
        };
    }

    /** The value written by the recorder, the same spelling the OpenAI API uses. */
    public String wireName() {
        return this == UNKNOWN ? "unknown" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
