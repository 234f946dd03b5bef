package org.exhaustionlab.pine.ide;

import java.util.List;

/**
 * Completion proposals at a position; each proposal replaces {@code [replaceStart, replaceEnd)}, the part of the
 * word already typed.
 */
public record CompletionResult(int replaceStart, int replaceEnd, List<CompletionProposal> proposals) {

    public CompletionResult {
        proposals = List.copyOf(proposals);
    }

    /** The labels in list order (for tests and logs). */
    public List<String> labels() {
        return proposals.stream().map(CompletionProposal::label).toList();
    }
}
