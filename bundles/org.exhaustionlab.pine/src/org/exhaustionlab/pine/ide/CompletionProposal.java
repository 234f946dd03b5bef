package org.exhaustionlab.pine.ide;

/**
 * One completion choice.
 *
 * @param label  what the list shows first (the name)
 * @param insert the text that replaces the completion range
 * @param cursor where the cursor goes, counted from the start of {@code insert} (inside the parentheses of a call)
 * @param kind   what it is
 * @param detail one line beside or under the label: a signature, a type, the declaration's source line
 * @param doc    a longer description for the side pane, may be empty
 */
public record CompletionProposal(String label, String insert, int cursor, ProposalKind kind, String detail,
        String doc) {
}
