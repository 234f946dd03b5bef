package org.exhaustionlab.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes streamed content deltas to reasoning or answer while {@code <think>} tags arrive split across chunks
 * (e.g. {@code "<th"} then {@code "ink>"}). A possible tag prefix at the end of a delta is held back until the next
 * delta decides it. For the lone-{@code </think>} form the text before the tag has already been passed on as content
 * when the tag arrives; the counters are then corrected, and {@link ReasoningText#split(String, String)} on the full
 * text gives the final split. Not thread-safe: one instance per stream.
 */
public final class ThinkTagStreamSplitter {

    /** A piece of streamed text and where it belongs. */
    public record Segment(boolean reasoning, String text) {
    }

    private final StringBuilder pending = new StringBuilder();
    private boolean inReasoning;
    private boolean sawTag;
    private int reasoningChars;
    private int contentChars;

    /** Feeds the next content delta; returns the text that can be classified now. */
    public List<Segment> feed(String delta) {
        pending.append(delta == null ? "" : delta);
        List<Segment> out = new ArrayList<>();
        while (true) {
            String buffer = pending.toString();
            String tag = inReasoning ? ReasoningText.CLOSE : ReasoningText.OPEN;
            int at = buffer.indexOf(tag);
            int loneClose = inReasoning || sawTag ? -1 : buffer.indexOf(ReasoningText.CLOSE);
            if (loneClose >= 0 && (at < 0 || loneClose < at)) {
                emit(out, false, buffer.substring(0, loneClose));
                // Everything reported as content so far was in fact reasoning.
                reasoningChars += contentChars;
                contentChars = 0;
                sawTag = true;
                pending.delete(0, loneClose + ReasoningText.CLOSE.length());
                continue;
            }
            if (at >= 0) {
                emit(out, inReasoning, buffer.substring(0, at));
                inReasoning = !inReasoning;
                sawTag = true;
                pending.delete(0, at + tag.length());
                continue;
            }
            int keep = possibleTagPrefixLength(buffer);
            emit(out, inReasoning, buffer.substring(0, buffer.length() - keep));
            pending.delete(0, buffer.length() - keep);
            return out;
        }
    }

    /** Flushes text held back at the end of the stream. */
    public List<Segment> finish() {
        List<Segment> out = new ArrayList<>();
        emit(out, inReasoning, pending.toString());
        pending.setLength(0);
        return out;
    }

    public boolean inReasoning() {
        return inReasoning;
    }

    public int reasoningChars() {
        return reasoningChars;
    }

    public int contentChars() {
        return contentChars;
    }

    private void emit(List<Segment> out, boolean reasoning, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (reasoning) {
            reasoningChars += text.length();
        } else {
            contentChars += text.length();
        }
        out.add(new Segment(reasoning, text));
    }

    /** Length of the longest suffix of {@code buffer} that could still become {@code <think>} or {@code </think>}. */
    private static int possibleTagPrefixLength(String buffer) {
        int max = Math.min(buffer.length(), ReasoningText.CLOSE.length() - 1);
        for (int len = max; len > 0; len--) {
            String suffix = buffer.substring(buffer.length() - len);
            if (ReasoningText.OPEN.startsWith(suffix) || ReasoningText.CLOSE.startsWith(suffix)) {
                return len;
            }
        }
        return 0;
    }
}
