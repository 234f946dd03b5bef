package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/**
 * Every syntax tree node. {@link #id()} is unique within one parse result and dense ({@code 0 ..
 * Script.nodeCount() - 1}), so later stages (checker, interpreter) can keep per-node data such as resolved types or
 * per-call-site state in plain arrays indexed by id instead of mutating the tree.
 */
public interface Node {

    int id();

    SourceRange range();

    <R> R accept(Visitor<R> visitor);
}
