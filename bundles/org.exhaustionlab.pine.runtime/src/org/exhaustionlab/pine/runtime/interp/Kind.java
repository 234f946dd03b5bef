package org.exhaustionlab.pine.runtime.interp;

/**
 * The runtime representation a compiled expression produces, fixed at compile time so the hot path never boxes:
 * FLOAT → double (na = NaN), INT and COLOR → long (na = Long.MIN_VALUE), BOOL → boolean, the rest → Object.
 */
public enum Kind {
    FLOAT, INT, BOOL, COLOR, STRING, OBJECT, TUPLE, VOID, NA;

    boolean isNumeric() {
        return this == FLOAT || this == INT;
    }

    boolean inLong() {
        return this == INT || this == COLOR;
    }

    boolean inObject() {
        return this == STRING || this == OBJECT || this == TUPLE;
    }

    /** The kind a Pine type name maps to, or null when unknown. */
    static Kind ofTypeName(String name) {
        return switch (name) {
            case "float" -> FLOAT;
            case "int" -> INT;
            case "bool" -> BOOL;
            case "color" -> COLOR;
            case "string" -> STRING;
            case "void" -> VOID;
            case "na" -> NA;
            default -> OBJECT;
        };
    }
}
