package org.exhaustionlab.pine.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generic traversal helpers for tools that need every node regardless of its type (id tables, range lookups,
 * "node at offset" in the editor). Stages with per-type logic should use a {@link Visitor} instead.
 */
public final class Nodes {

    private Nodes() {
    }

    /** The direct children of {@code node} in source order (record components that are nodes or node lists). */
    public static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + node.getClass(), e);
            }
            if (value instanceof Node) {
                out.add((Node) value);
            } else if (value instanceof List) {
                for (Object e : (List<?>) value) {
                    if (e instanceof Node) {
                        out.add((Node) e);
                    }
                }
            }
        }
        return out;
    }

    /** Calls {@code action} on every node of the script, parents before children, without deep recursion. */
    public static void forEach(Script script, Consumer<Node> action) {
        List<Node> stack = new ArrayList<>();
        for (int i = script.statements().size() - 1; i >= 0; i--) {
            stack.add(script.statements().get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            action.accept(n);
            List<Node> kids = children(n);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
    }

    /** The innermost node whose range contains {@code offset}, or null (for hovers and go-to-definition). */
    public static Node at(Script script, int offset) {
        Node best = null;
        List<? extends Node> level = script.statements();
        while (true) {
            Node hit = null;
            for (Node n : level) {
                if (n.range().startOffset() <= offset && offset < n.range().endOffset()) {
                    hit = n;
                    break;
                }
            }
            if (hit == null) {
                return best;
            }
            best = hit;
            level = children(hit);
        }
    }
}
