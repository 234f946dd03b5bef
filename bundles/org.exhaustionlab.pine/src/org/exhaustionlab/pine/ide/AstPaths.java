package org.exhaustionlab.pine.ide;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Script;

/** Paths from the script down to the node at an offset, for questions that need the parents (hover, scopes). */
final class AstPaths {

    private AstPaths() {
    }

    /**
     * The nodes containing {@code offset}, outermost first. A node contains the offsets {@code [start, end]}: the
     * end is included so that a word just typed at the end of a line still counts as inside its statement.
     */
    static List<Node> at(Script script, int offset) {
        List<Node> path = new ArrayList<>();
        List<? extends Node> level = script.statements();
        while (true) {
            Node hit = null;
            for (Node n : level) {
                if (n.range().startOffset() <= offset && offset <= n.range().endOffset()) {
                    hit = n;
                    if (offset < n.range().endOffset()) {
                        break; // a strict hit wins over one that merely ends here
                    }
                }
            }
            if (hit == null) {
                return path;
            }
            path.add(hit);
            level = Nodes.children(hit);
        }
    }
}
