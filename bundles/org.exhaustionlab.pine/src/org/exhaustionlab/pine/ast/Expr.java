package org.exhaustionlab.pine.ast;

/** A node that yields a value. */
public interface Expr extends Node {
}
