package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.VarDecl;
import org.exhaustionlab.pine.catalog.PineVersion;
import org.junit.jupiter.api.Test;

/** Type inference, name binding and call arrangement as the interpreter sees them through the model. */
class SemanticModelTest {

    private static CheckResult check(String body) {
        return PineChecker.check("//@version=6\nindicator(\"t\")\n" + body, "t.pine");
    }

    private static VarDecl decl(CheckResult r, String name) {
        List<VarDecl> found = new ArrayList<>();
        Nodes.forEach(r.model().script(), n -> {
            if (n instanceof VarDecl v && v.name().name().equals(name)) {
                found.add(v);
            }
        });
        return found.get(0);
    }

    private static String typeOfInit(CheckResult r, String name) {
        return String.valueOf(r.model().typeOf(decl(r, name).initializer().id()));
    }

    private static List<Node> all(CheckResult r, Class<?> type) {
        List<Node> out = new ArrayList<>();
        Nodes.forEach(r.model().script(), n -> {
            if (type.isInstance(n)) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void infersLiteralOperatorAndQualifierTypes() {
        CheckResult r = check("a = 1\nb = 1.5\nc = a + b\nd = close * 2\ne = \"x\" + \"y\"\nf = close > open\n"
                + "g = input.int(5)\nh = g * 2\ni = close[1]\nj = 7 / 2\nk = bar_index / 2\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("const int", typeOfInit(r, "a"));
        assertEquals("const float", typeOfInit(r, "c"));
        assertEquals("series float", typeOfInit(r, "d"));
        assertEquals("const string", typeOfInit(r, "e"));
        assertEquals("series bool", typeOfInit(r, "f"));
        assertEquals("input int", typeOfInit(r, "g"));
        assertEquals("input int", typeOfInit(r, "h"));
        assertEquals("series float", typeOfInit(r, "i"));
        assertEquals("const float", typeOfInit(r, "j"), "v6 divides const ints fractionally");
        assertEquals("series int", typeOfInit(r, "k"));
        assertEquals(PineVersion.V6, r.version());
    }

    @Test
    void infersGenericsTuplesAndCommonTypes() {
        CheckResult r = check("a = array.new<float>()\nv = a.get(0)\nm = map.new<string, int>()\nw = m.get(\"k\")\n"
                + "t = close > open ? 1 : 2.5\n[x, y, z] = ta.macd(close, 12, 26, 9)\nu = x\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("array<float>", typeOfInit(r, "a"));
        assertEquals("series float", typeOfInit(r, "v"));
        assertEquals("series int", typeOfInit(r, "w"));
        assertEquals("series float", typeOfInit(r, "t"));
        assertEquals("series float", typeOfInit(r, "u"));
    }

    @Test
    void typesCallsOfFunctionsWithUntypedParametersPerCall() {
        CheckResult r = check("f(x, y) => x + y\na = f(1, 2.5)\nb = f(close, 1)\nc = f(\"a\", \"b\")\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("const float", typeOfInit(r, "a"));
        assertEquals("series float", typeOfInit(r, "b"));
        assertEquals("const string", typeOfInit(r, "c"));
    }

    @Test
    void bindsVariablesToSlotsAndFrames() {
        CheckResult r = check("g1 = 1\ng2 = 2\nf(p, q) =>\n    loc = p + q\n    loc\nr = f(g1, g2)\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        SemanticModel m = r.model();
        Symbol g2 = m.symbolOf(decl(r, "g2").name().id());
        assertEquals(SymbolKind.GLOBAL_VAR, g2.kind());
        assertEquals(-1, g2.frame());
        Symbol loc = m.symbolOf(decl(r, "loc").name().id());
        assertEquals(SymbolKind.LOCAL_VAR, loc.kind());
        assertEquals(2, loc.slot(), "parameters p, q take slots 0 and 1");
        assertTrue(loc.frame() >= 0);
        assertEquals(3, m.globalSlotCount(), "g1, g2, r");
        for (Node n : all(r, Identifier.class)) {
            Identifier id = (Identifier) n;
            if (id.name().equals("p")) {
                assertEquals(SymbolKind.PARAMETER, m.symbolOf(id.id()).kind());
                assertEquals(0, m.symbolOf(id.id()).slot());
            }
        }
        Call call = (Call) decl(r, "r").initializer();
        CallBinding b = m.bindingOf(call.id());
        assertEquals(CallBinding.Kind.USER_FUNCTION, b.kind());
        assertArrayEquals(new int[] {0, 1}, b.argumentForParam());
    }

    @Test
    void arrangesBuiltinArgumentsWithNamesAndDefaults() {
        CheckResult r = check("x = ta.sma(length = 5, source = close)\ny = input.int(3, maxval = 9)\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Call smaCall = (Call) decl(r, "x").initializer();
        CallBinding sma = r.model().bindingOf(smaCall.id());
        assertEquals("ta.sma", sma.builtin().name());
        assertEquals(SymbolKind.BUILTIN_FUNCTION, r.model().symbolOf(smaCall.callee().id()).kind());
        assertArrayEquals(new int[] {1, 0}, sma.argumentForParam());
        CallBinding in = r.model().bindingOf(decl(r, "y").initializer().id());
        assertEquals(0, in.argumentForParam()[0]);
        assertEquals(CallBinding.DEFAULT, in.argumentForParam()[1]);
        assertEquals(1, in.argumentForParam()[in.builtin().params().indexOf(in.builtin().param("maxval")
                .orElseThrow())]);
    }

    @Test
    void bindsMethodCallsWithTheReceiverAsFirstParameter() {
        CheckResult r = check("a = array.new_float()\nn = a.size()\n");
        CallBinding b = r.model().bindingOf(decl(r, "n").initializer().id());
        assertEquals(CallBinding.Kind.BUILTIN_METHOD, b.kind());
        assertTrue(b.isMethodCall());
        assertEquals("array.size", b.builtin().name());
        assertArrayEquals(new int[] {CallBinding.RECEIVER}, b.argumentForParam());
    }

    @Test
    void bindsConstructorsFieldsAndEnums() {
        CheckResult r = check("type P\n    float x = 1.0\n    int n\nenum E\n    a\n    b\n"
                + "p = P.new(n = 3)\nv = p.x\ne = E.b\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        CallBinding ctor = r.model().bindingOf(decl(r, "p").initializer().id());
        assertEquals(CallBinding.Kind.CONSTRUCTOR, ctor.kind());
        assertArrayEquals(new int[] {CallBinding.DEFAULT, 0}, ctor.argumentForParam());
        assertEquals("series float", typeOfInit(r, "v"));
        Symbol field = r.model().symbolOf(decl(r, "v").initializer().id());
        assertEquals(SymbolKind.FIELD, field.kind());
        Symbol member = r.model().symbolOf(decl(r, "e").initializer().id());
        assertEquals(SymbolKind.ENUM_MEMBER, member.kind());
        assertEquals(1, member.slot());
        assertEquals(2, r.model().userTypes().size());
    }

    @Test
    void reassignmentInsideABlockMakesAVariableSeries() {
        CheckResult r = check("len = 10\nif close > open\n    len := 20\nx = ta.ema(close, len)\n");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("qualifier.mismatch")),
                r.diagnostics().toString());
        CheckResult ok = check("len = 10\nx = ta.ema(close, len)\n");
        assertFalse(ok.hasErrors(), ok.diagnostics().toString());
    }

    @Test
    void reassignmentKeepsTheQualifierOfItsValuesAndConditions() {
        CheckResult simple = check("tf = input.string(\"D\")\nlen = 10\nif tf == \"W\"\n    len := 20\n"
                + "x = ta.ema(close, len)\n");
        assertFalse(simple.hasErrors(), "an input condition keeps len simple: " + simple.diagnostics());
        assertEquals("input int", String.valueOf(simple.model().symbolOf(decl(simple, "len").name().id()).type()));
        CheckResult var = check("var len = 10\nlen := len + 1\nx = ta.ema(close, len)\n");
        assertTrue(var.diagnostics().stream().anyMatch(d -> d.code().equals("qualifier.mismatch")),
                "a var changed on every bar is series: " + var.diagnostics());
    }

    @Test
    void unknownThingsHaveNoTypeAndNoCascade() {
        CheckResult r = check("a = nosuch(1)\nb = a + 1\nc = ta.sma(b, 3)\n");
        assertEquals(1, r.diagnostics().stream().filter(d -> d.severity() == org.exhaustionlab.pine.Severity.ERROR)
                .count(), r.diagnostics().toString());
        assertNull(r.model().typeOf(decl(r, "b").initializer().id()));
        assertNotNull(r.model().typeOf(decl(r, "c").initializer().id()));
    }

    @Test
    void defaultsToV6WithAnInfoAndRequiresADeclaration() {
        CheckResult r = PineChecker.check("x = 1\n", "t.pine");
        assertEquals(PineVersion.V6, r.version());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("version.default")));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("script.no-declaration")));
    }

    @Test
    void formatsTextAndJson() {
        CheckResult r = check("x = closee\n");
        String text = PineChecker.formatText("a.pine", r.diagnostics());
        assertEquals("a.pine:3:5: error: 'closee' is not declared: did you mean close?... ".substring(0, 20),
                text.substring(0, 20));
        assertTrue(text.trim().endsWith("[name.unknown]"), text);
        String json = PineChecker.formatJson("a\"b.pine", r.diagnostics());
        assertTrue(json.startsWith("{\"file\":\"a\\\"b.pine\",\"diagnostics\":[{\"line\":3,\"column\":5,"), json);
        assertTrue(json.contains("\"code\":\"name.unknown\""), json);
    }
}
