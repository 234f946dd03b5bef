package org.exhaustionlab.validation;

/** Side of a closed trade. */
public enum Direction {
    LONG, SHORT
}
