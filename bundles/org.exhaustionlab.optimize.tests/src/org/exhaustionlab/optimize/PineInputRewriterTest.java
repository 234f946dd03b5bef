package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PineInputRewriterTest {

    private static final String SCRIPT = String.join("\n",
            "//@version=5",
            "indicator(\"Squeeze\", overlay=false)",
            "// lengths   (comment kept)",
            "length   = input.int(20,  \"BB Length\", minval=1)  // trailing",
            "mult = input.float(2.0, title = \"BB MultFactor\", step=0.1)",
            "lengthKC=input.int(defval=20, title=\"KC Length\")",
            "multKC = input.float(1.5, \"KC MultFactor\")",
            "useTrueRange = input.bool(true, \"Use TrueRange (KC)\")",
            "src = input.string('close', \"Source\", options=['close', 'hl2'])",
            "offset = input(-3, \"Offset\")",
            "if barstate.islast",
            "    x = input.int(5, \"Nested\")",
            "plot(ta.sma(close, length))",
            "");

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void replacesOnlyTheDefaultsOfMatchedInputs() {
        String out = PineInputRewriter.apply(SCRIPT, values("length", 141L, "mult", 1.526, "KC Length", 150,
                "multKC", 3.727, "useTrueRange", false, "src", "hl2", "offset", -7, "x", 6L));
        String expected = SCRIPT.replace("input.int(20,  \"BB Length\"", "input.int(141,  \"BB Length\"")
                .replace("input.float(2.0, title", "input.float(1.526, title")
                .replace("defval=20, title=\"KC Length\"", "defval=150, title=\"KC Length\"")
                .replace("input.float(1.5, \"KC", "input.float(3.727, \"KC")
                .replace("input.bool(true,", "input.bool(false,")
                .replace("input.string('close', \"Source\"", "input.string('hl2', \"Source\"")
                .replace("input(-3, \"Offset\")", "input(-7, \"Offset\")")
                .replace("input.int(5, \"Nested\")", "input.int(6, \"Nested\")");
        assertEquals(expected, out);
    }

    @Test
    void untouchedInputsStayByteForByteAndFloatsKeepAFraction() {
        String out = PineInputRewriter.apply(SCRIPT, values("BB MultFactor", 3L));
        assertEquals(SCRIPT.replace("input.float(2.0, title", "input.float(3.0, title"), out);
        assertEquals(SCRIPT, PineInputRewriter.apply(SCRIPT, Map.of()));
        String crlf = SCRIPT.replace("\n", "\r\n");
        assertEquals(crlf.replace("input.int(20,  \"BB", "input.int(7,  \"BB"),
                PineInputRewriter.apply(crlf, values("length", 7)));
    }

    @Test
    void stringsAreEscapedInTheOriginalQuoteStyle() {
        String out = PineInputRewriter.apply(SCRIPT, values("src", "it's"));
        assertTrue(out.contains("input.string('it\\'s', \"Source\""), out);
    }

    @Test
    void unknownKeysWrongTypesAndBrokenScriptsAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PineInputRewriter.apply(SCRIPT, values("nope", 1)));
        assertTrue(unknown.getMessage().contains("[nope]"), unknown.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> PineInputRewriter.apply(SCRIPT, values("length", 2.5)));
        assertTrue(type.getMessage().contains("'length'"), type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PineInputRewriter.apply(SCRIPT, values("useTrueRange",
                "yes")));
        assertThrows(IllegalArgumentException.class, () -> PineInputRewriter.apply("x = input.int(1, \"a\"\n(((",
                values("x", 2)));
    }
}
