package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.exhaustionlab.pine.ast.Binary;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.ScriptKind;
import org.exhaustionlab.pine.ast.VarDecl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TreeInvariantsTest {

    static List<String> allGolden() {
        return GoldenScripts.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allGolden")
    void idsAndRangesAreConsistent(String name) {
        String src = GoldenScripts.read(name);
        TreeInvariants.check(src, PineParser.parse(src), name.startsWith("valid_"));
    }

    @Test
    void rangesPointAtTheSource() {
        String src = "//@version=6\nx = a +\n  bb * 2\n";
        ParseResult r = PineParser.parse(src);
        VarDecl decl = (VarDecl) r.script().statements().get(0);
        assertEquals(new SourceRange(13, 29, 2, 1, 3, 9), decl.range());
        Binary sum = (Binary) decl.initializer();
        assertEquals("a +\n  bb * 2", src.substring(sum.range().startOffset(), sum.range().endOffset()));
        assertEquals(new SourceRange(17, 29, 2, 5, 3, 9), sum.range());
        assertEquals(new SourceRange(13, 14, 2, 1, 2, 2), decl.name().range());
        Node bb = Nodes.at(r.script(), src.indexOf("bb"));
        assertEquals("bb", src.substring(bb.range().startOffset(), bb.range().endOffset()));
    }

    @Test
    void declarationStatementIsRecognised() {
        ParseResult r = PineParser.parse("//@version=6\nstrategy(\"S\", overlay = true)\nplot(close)");
        assertEquals(ScriptKind.STRATEGY, r.script().kind());
        Call decl = r.script().declaration();
        assertNotNull(decl);
        assertEquals(2, decl.range().startLine());
        assertEquals(6, r.version());
        assertEquals(ScriptKind.LIBRARY, PineParser.parse("//@version=5\nlibrary(\"L\")").script().kind());
        assertEquals(ScriptKind.NONE, PineParser.parse("//@version=5\nplot(close)").script().kind());
    }

    @Test
    void docAnnotationsAttachToTheFollowingDeclaration() {
        String src = "//@version=6\nlibrary(\"L\")\n//@function Adds one.\n//@param x A number.\n"
                + "//@returns x + 1\nexport inc(x) => x + 1\n";
        var fn = (org.exhaustionlab.pine.ast.FunctionDecl) PineParser.parse(src).script().statements().get(1);
        assertEquals(List.of("function", "param", "returns"), fn.docs().stream().map(d -> d.name()).toList());
        assertEquals("A number.", fn.docs().get(1).text().substring(2));
    }
}
