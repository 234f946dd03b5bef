package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Nodes;

/**
 * Structural promises every parse result keeps, broken source or not: node ids are unique and below
 * {@code nodeCount}; every range lies inside the source with line/column agreeing with its offsets; and (for
 * valid scripts) every child's range lies inside its parent's.
 */
final class TreeInvariants {

    private final String source;
    private final int[] lineStarts;

    private TreeInvariants(String source) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static void check(String source, ParseResult result, boolean childrenInsideParents) {
        new TreeInvariants(source).run(result, childrenInsideParents);
    }

    private void run(ParseResult result, boolean childrenInsideParents) {
        int count = result.script().nodeCount();
        BitSet seen = new BitSet(count);
        Nodes.forEach(result.script(), n -> {
            assertTrue(n.id() >= 0 && n.id() < count, () -> "id out of range: " + n);
            assertTrue(!seen.get(n.id()), () -> "duplicate id " + n.id() + ": " + n.getClass().getSimpleName());
            seen.set(n.id());
            checkRange(n.range(), n.getClass().getSimpleName());
            if (childrenInsideParents) {
                for (Node child : Nodes.children(n)) {
                    assertTrue(child.range().startOffset() >= n.range().startOffset()
                            && child.range().endOffset() <= n.range().endOffset(),
                            () -> child.getClass().getSimpleName() + " " + child.range() + " outside its parent "
                                    + n.getClass().getSimpleName() + " " + n.range());
                }
            }
        });
        for (Diagnostic d : result.diagnostics()) {
            checkRange(d.range(), "diagnostic " + d);
        }
    }

    private void checkRange(SourceRange r, String what) {
        assertTrue(0 <= r.startOffset() && r.startOffset() <= r.endOffset() && r.endOffset() <= source.length(),
                () -> what + " has offsets outside the source: " + r);
        assertEquals(lineOf(r.startOffset()), r.startLine(), () -> what + " start line " + r);
        assertEquals(r.startOffset() - lineStarts[r.startLine() - 1] + 1, r.startColumn(), () -> what
                + " start column " + r);
        assertEquals(lineOf(r.endOffset()), r.endLine(), () -> what + " end line " + r);
        assertEquals(r.endOffset() - lineStarts[r.endLine() - 1] + 1, r.endColumn(), () -> what + " end column "
                + r);
    }

    /** 1-based line holding {@code offset} (a line's '\n' belongs to it). */
    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
