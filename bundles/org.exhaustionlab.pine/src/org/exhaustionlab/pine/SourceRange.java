package org.exhaustionlab.pine;

/**
 * A span of source text: half-open character offsets {@code [startOffset, endOffset)} plus the 1-based line and
 * column of both ends (columns count UTF-16 code units, as LSP does; the end column is exclusive).
 */
public record SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    /** Number of characters covered. */
    public int length() {
        return endOffset - startOffset;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
