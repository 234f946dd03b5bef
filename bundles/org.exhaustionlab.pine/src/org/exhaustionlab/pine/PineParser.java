package org.exhaustionlab.pine;

import org.exhaustionlab.pine.parse.SyntaxParser;

/**
 * Entry point of the Pine front end: source text in, syntax tree and diagnostics out.
 *
 * @implNote Stateless and thread-safe; each call works on its own data. Never throws for any input (a broken
 *           script gives error nodes and diagnostics) and never recurses deeper than a fixed nesting limit.
 */
public final class PineParser {

    private PineParser() {
    }

    /** Parses Pine v5/v6 source (older versions are parsed with the same rules and a warning). */
    public static ParseResult parse(String source) {
        return SyntaxParser.parse(source == null ? "" : source);
    }
}
