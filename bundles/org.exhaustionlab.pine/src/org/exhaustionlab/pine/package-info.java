/**
 * Pine Script front end: {@link org.exhaustionlab.pine.PineParser#parse(String)} turns source text into a
 * {@link org.exhaustionlab.pine.ParseResult}: a syntax tree ({@code org.exhaustionlab.pine.ast}) plus LSP-shaped
 * {@link org.exhaustionlab.pine.Diagnostic}s.
 *
 * <p>Diagnostic codes (stable; tools and tests key on them):
 * <ul>
 * <li>{@code lex.unexpected-character}, {@code lex.unterminated-string}, {@code lex.invalid-color},
 * {@code lex.invalid-number}: text that is no Pine token;</li>
 * <li>{@code syntax.unexpected-token}, {@code syntax.expected-token}, {@code syntax.expected-expression},
 * {@code syntax.expected-name}, {@code syntax.expected-type}: grammar errors;</li>
 * <li>{@code syntax.expected-block}, {@code syntax.unexpected-indent}, {@code syntax.bad-continuation}: layout
 * errors (missing block, stray indentation, a wrapped line indented by a multiple of 4);</li>
 * <li>{@code syntax.invalid-target}: assignment to something that is not a variable or field;</li>
 * <li>{@code syntax.nesting-too-deep}: brackets, operators or blocks nested beyond the parser's limits;</li>
 * <li>{@code version.missing}, {@code version.unsupported}, {@code version.invalid} (warnings): the
 * {@code //@version} annotation;</li>
 * <li>{@code compat.v4-function} (error) and {@code compat.v4-namespace} (info): v4 spellings in a v5/v6 script,
 * e.g. {@code study()} or {@code sma()}, unless the script declares a function of that name.</li>
 * </ul>
 * After a syntax error the parser reports nothing more until the next line, so each broken statement yields one
 * diagnostic and a file with many mistakes yields many.
 */
package org.exhaustionlab.pine;
