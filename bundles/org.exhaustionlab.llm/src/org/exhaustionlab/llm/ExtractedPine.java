package org.exhaustionlab.llm;

import java.util.Objects;

/**
 * Pine code found in a model's answer.
 *
 * @param code             the script, without fences or surrounding prose; empty when none was found
 * @param origin           how it was found
 * @param truncated        the answer looks cut off: unclosed fence, token limit reached, or the code ends inside
 *                         an open bracket or string
 * @param truncationReason why {@code truncated} is set, one line for the repair prompt; empty otherwise
 * @param blockCount       fenced code blocks in the answer (0 for unfenced code)
 */
public record ExtractedPine(String code, Origin origin, boolean truncated, String truncationReason, int blockCount) {

    /** How the code was located. */
    public enum Origin {
        /** One fenced block. */
        FENCED,
        /** Several fenced blocks that only together form the script, joined in answer order. */
        JOINED_BLOCKS,
        /** No fence: the code region between the prose, from {@code //@version} or the declaration onwards. */
        UNFENCED,
        /** The answer contains no Pine code. */
        NONE
    }

    public ExtractedPine {
        code = code == null ? "" : code;
        Objects.requireNonNull(origin, "origin");
        truncationReason = truncationReason == null ? "" : truncationReason;
    }

    static ExtractedPine none(boolean truncated, String reason, int blockCount) {
        return new ExtractedPine("", Origin.NONE, truncated, reason, blockCount);
    }

    public boolean hasCode() {
        return !code.isEmpty();
    }
}
