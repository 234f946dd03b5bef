package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/**
 * A compiler annotation comment such as {@code //@version=6} or {@code //@param length bars to average}:
 * {@code name} is the word after {@code @} ({@code version}, {@code param}, ...), {@code text} the rest, trimmed
 * (for {@code version} the part after {@code =}).
 */
public record DocAnnotation(SourceRange range, String name, String text) {
}
