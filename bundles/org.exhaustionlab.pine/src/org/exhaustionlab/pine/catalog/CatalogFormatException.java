package org.exhaustionlab.pine.catalog;

import java.util.List;

/** The catalog data is malformed. Each problem reads {@code file:line: what is wrong}. */
public final class CatalogFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    CatalogFormatException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the built-in catalog, first: " + problems.get(0)
                        + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each starting with {@code file:line:}. */
    public List<String> problems() {
        return problems;
    }
}
