package org.exhaustionlab.pine.ast;

/** A node that appears in a block or at the top level of a script. */
public interface Stmt extends Node {
}
