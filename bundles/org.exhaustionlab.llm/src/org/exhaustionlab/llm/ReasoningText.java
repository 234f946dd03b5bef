package org.exhaustionlab.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates reasoning from the answer. Models deliver reasoning in three forms and callers must not care which:
 * <ol>
 * <li>a separate {@code reasoning_content} / {@code reasoning} field (the client passes it as
 * {@code reasoningField});</li>
 * <li>inline {@code <think>...</think>} before (rarely between) parts of the answer;</li>
 * <li>a lone closing {@code </think>} with no opening tag (DeepSeek-R1 distills whose chat template already opened
 * the tag): everything before it is reasoning.</li>
 * </ol>
 * An opening tag that is never closed means the answer was cut off while thinking: the rest is reasoning.
 */
public final class ReasoningText {

    static final String OPEN = "<think>";
    static final String CLOSE = "</think>";

    private ReasoningText() {
    }

    /** Splits a raw answer that may contain {@code <think>} tags. */
    public static SplitAnswer split(String text) {
        return split("", text);
    }

    /**
     * Splits an answer whose server may also have returned reasoning in a separate field; both sources of reasoning
     * are kept (field first).
     */
    public static SplitAnswer split(String reasoningField, String text) {
        List<String> reasoning = new ArrayList<>();
        addIfNotBlank(reasoning, reasoningField);
        String rest = text == null ? "" : text;
        int firstClose = rest.indexOf(CLOSE);
        int firstOpen = rest.indexOf(OPEN);
        if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
            addIfNotBlank(reasoning, rest.substring(0, firstClose));
            rest = rest.substring(firstClose + CLOSE.length());
        }
        StringBuilder content = new StringBuilder();
        int pos = 0;
        while (pos < rest.length()) {
            int open = rest.indexOf(OPEN, pos);
            if (open < 0) {
                content.append(rest, pos, rest.length());
                break;
            }
            content.append(rest, pos, open);
            int close = rest.indexOf(CLOSE, open + OPEN.length());
            int reasoningEnd = close < 0 ? rest.length() : close;
            addIfNotBlank(reasoning, rest.substring(open + OPEN.length(), reasoningEnd));
            pos = close < 0 ? rest.length() : close + CLOSE.length();
        }
        // A stray closing tag left in the content is template noise, never part of the answer.
        String visible = content.toString().replace(CLOSE, "").strip();
        return new SplitAnswer(String.join("\n\n", reasoning), visible);
    }

    private static void addIfNotBlank(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
    }
}
