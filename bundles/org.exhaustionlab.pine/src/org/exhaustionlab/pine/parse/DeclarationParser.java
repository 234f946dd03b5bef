package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhaustionlab.pine.ast.*;

/** Function, method, type, enum and import declarations, and the doc annotations attached to them. */
abstract class DeclarationParser extends BlockParser {

    private final Map<Integer, DocAnnotation> annotationsByLine = new HashMap<>();
    /** Names of functions declared in this script, so compatibility hints skip user functions named like v4 ones. */
    final Set<String> declaredFunctions = new java.util.HashSet<>();

    DeclarationParser(List<Token> tokens, DiagnosticSink sink, List<DocAnnotation> annotations) {
        super(tokens, sink);
        for (DocAnnotation a : annotations) {
            annotationsByLine.put(a.range().startLine(), a);
        }
    }

    /** The unbroken run of annotation lines directly above {@code line}, in source order (version excluded). */
    final List<DocAnnotation> docsAbove(int line) {
        List<DocAnnotation> docs = new ArrayList<>();
        for (int l = line - 1; annotationsByLine.containsKey(l); l--) {
            DocAnnotation a = annotationsByLine.get(l);
            if (!a.name().equals("version")) {
                docs.add(0, a);
            }
        }
        return docs;
    }

    /** {@code [export] [method] name(params) => body}; the cursor is on the name. */
    final Stmt parseFunction(Token start, boolean exported, boolean method) {
        List<DocAnnotation> docs = docsAbove(start.line());
        Name name = name("a function name");
        declaredFunctions.add(name.name());
        advance(); // '(' (checked by Lookahead.functionHead)
        List<Parameter> params = new ArrayList<>();
        while (!check(TokenKind.RPAREN) && !check(TokenKind.NEWLINE) && !check(TokenKind.EOF)) {
            int before = index;
            params.add(parseParameter());
            if (!match(TokenKind.COMMA) || index == before) {
                break;
            }
        }
        expect(TokenKind.RPAREN, " to close the parameter list");
        expect(TokenKind.ARROW, " after the parameter list");
        Block body = check(TokenKind.NEWLINE) ? parseBlock(start, "'=>'") : inlineBody();
        return new FunctionDecl(id(), rangeFrom(start), exported, method, name, params, body, docs);
    }

    private Parameter parseParameter() {
        Token start = peek();
        Qualifier qualifier = null;
        TypeRef type = null;
        int nameIndex = Lookahead.typedName(tokens, index, false);
        if (nameIndex >= 0) {
            qualifier = Qualifier.fromKeyword(peek().text());
            if (qualifier != null && nameIndex > index + 1) {
                advance();
            } else {
                qualifier = null;
            }
            type = parseTypeRef();
        }
        Name name = name("a parameter name");
        Expr defaultValue = match(TokenKind.ASSIGN) ? parseExpression() : null;
        return new Parameter(id(), rangeFrom(start), qualifier, type, name, defaultValue);
    }

    /** {@code [export] type Name} with one indented {@code [varip] type name [= default]} line per field. */
    final Stmt parseTypeDecl(Token start, boolean exported) {
        List<DocAnnotation> docs = docsAbove(start.line());
        advance(); // 'type'
        Name name = name("a type name");
        List<FieldDecl> fields = new ArrayList<>();
        parseMembers(start, "'type " + name.name() + "'", () -> fields.add(parseField()));
        return new TypeDecl(id(), rangeFrom(start), exported, name, fields, docs);
    }

    private FieldDecl parseField() {
        Token start = peek();
        List<DocAnnotation> docs = docsAbove(start.line());
        boolean varip = match(TokenKind.VARIP);
        TypeRef type = null;
        int afterType = Lookahead.typeRef(tokens, index);
        if (afterType >= 0 && Lookahead.kind(tokens, afterType, TokenKind.IDENT)) {
            type = parseTypeRef();
        } else if (check(TokenKind.IDENT) && (peek(1).is(TokenKind.NEWLINE) || peek(1).is(TokenKind.ASSIGN))) {
            errorAtCurrent("syntax.expected-type", "a field needs a type and a name, as in 'float price = 0.0'");
        } else {
            errorAtCurrent("syntax.expected-type", "expected a field type, as in 'float price = 0.0', but found "
                    + peek().describe());
        }
        Name name = name("a field name");
        Expr defaultValue = match(TokenKind.ASSIGN) ? parseExpression() : null;
        return new FieldDecl(id(), rangeFrom(start), varip, type, name, defaultValue, docs);
    }

    /** {@code [export] enum Name} with one indented {@code member [= "title"]} line per member. */
    final Stmt parseEnumDecl(Token start, boolean exported) {
        List<DocAnnotation> docs = docsAbove(start.line());
        advance(); // 'enum'
        Name name = name("an enum name");
        List<EnumMember> members = new ArrayList<>();
        parseMembers(start, "'enum " + name.name() + "'", () -> members.add(parseEnumMember()));
        return new EnumDecl(id(), rangeFrom(start), exported, name, members, docs);
    }

    private EnumMember parseEnumMember() {
        Token start = peek();
        Name name = name("an enum member name");
        StringLiteral title = null;
        if (match(TokenKind.ASSIGN)) {
            Token t = peek();
            if (expect(TokenKind.STRING, " as the enum member's title")) {
                title = new StringLiteral(id(), t.range(), t.text());
            }
        }
        return new EnumMember(id(), rangeFrom(start), name, title);
    }

    /** The indented member lines of a type or enum, one line each, with per-line recovery. */
    private void parseMembers(Token header, String what, Runnable member) {
        match(TokenKind.NEWLINE);
        if (!match(TokenKind.INDENT)) {
            error(header.range(), false, "syntax.expected-block", "expected the indented members of " + what);
            return;
        }
        while (!check(TokenKind.DEDENT) && !check(TokenKind.EOF)) {
            if (match(TokenKind.NEWLINE)) {
                continue;
            }
            int before = index;
            panic = false;
            member.run();
            if (!panic) {
                expectStatementEnd();
            }
            if (panic && !(index > before && afterLineEnd())) {
                syncToStatementEnd();
            }
            if (index == before) {
                advance();
            }
        }
        match(TokenKind.DEDENT);
        panic = false;
    }

    /** {@code import user/library/version [as alias]}; the cursor is after 'import'. */
    final Stmt parseImport(Token start) {
        String user = pathPart("the publisher's user name");
        String library = match(TokenKind.SLASH) ? pathPart("the library name") : "";
        int version = 0;
        if (expect(TokenKind.SLASH, " before the library version, as in 'import user/lib/1'")) {
            Token v = peek();
            if (expect(TokenKind.INT, " as the library version")) {
                version = v.text().length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(v.text());
            }
        }
        Name alias = null;
        if (checkWord("as")) {
            advance();
            alias = name("an alias after 'as'");
        }
        return new ImportStmt(id(), rangeFrom(start), user, library, version, alias);
    }

    /** One '/'-separated part of an import path: adjacent tokens glued, so user names like {@code 1Ab_c} work. */
    private String pathPart(String what) {
        StringBuilder text = new StringBuilder();
        Token prev = null;
        while ((check(TokenKind.IDENT) || check(TokenKind.INT)) && (prev == null || prev.end() == peek().start())) {
            prev = advance();
            text.append(prev.text());
        }
        if (text.length() == 0) {
            errorAtCurrent("syntax.expected-name", "expected " + what + " but found " + peek().describe());
        }
        return text.toString();
    }
}
