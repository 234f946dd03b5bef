/**
 * Lexer and recursive-descent parser behind {@link org.exhaustionlab.pine.PineParser}; internal.
 *
 * <p>Layers: {@code Lexer} (characters to tokens, with Pine's indentation rules turned into NEWLINE, INDENT and
 * DEDENT), then the parser as a chain of small classes: {@code ParserBase} (cursor, ids, diagnostics, recovery),
 * {@code ExpressionParser} (precedence climbing), {@code BlockParser} (blocks and if/switch/for/while),
 * {@code DeclarationParser} (functions, types, enums, imports), {@code Parser} (statement dispatch).
 *
 * <p>Guarantees: any input gives a result and no exception; loops always advance; recursion is bounded by
 * {@code ParserBase.MAX_DEPTH}; operator chains are bounded per statement so trees stay shallow.
 */
package org.exhaustionlab.pine.parse;
