package org.exhaustionlab.pine.ide;

/**
 * A name the script declares, as completion and hover see it.
 *
 * @param name   the declared name
 * @param kind   what it is
 * @param detail one line for the completion list: the declaration's source line, shortened
 * @param offset where the name is declared
 */
record Declaration(String name, ProposalKind kind, String detail, int offset) {
}
