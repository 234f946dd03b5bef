package org.exhaustionlab.pine.ide;

/** One coloured stretch of source: {@code [offset, offset + length)}. */
public record PineToken(int offset, int length, PineTokenKind kind) {

    public int end() {
        return offset + length;
    }
}
