/**
 * Editor services for Pine, headless (no Eclipse types), so that any editor front end and the tests use the same
 * logic: {@link org.exhaustionlab.pine.ide.PineHighlighter} (colouring from the parser's lexer and the catalog),
 * {@link org.exhaustionlab.pine.ide.PineHover} (built-in docs from the catalog, the script's own declarations from
 * the checker) and {@link org.exhaustionlab.pine.ide.PineCompletion} (namespace members, named arguments, names in
 * scope, built-ins, keywords). Each call works on the source text it is given and never throws.
 */
package org.exhaustionlab.pine.ide;
