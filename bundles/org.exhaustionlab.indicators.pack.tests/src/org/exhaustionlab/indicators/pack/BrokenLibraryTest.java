package org.exhaustionlab.indicators.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.exhaustionlab.pine.runtime.LibrarySet;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineLibraries;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Libraries that break the SPI contract are refused with one line naming them; the engine keeps working. */
class BrokenLibraryTest {
    private static final NativeFunction TWICE = a -> 2 * a[0];

    /** A configurable test library. */
    private record Lib(String namespace, String definitions, Map<String, NativeFunction> nativeFunctions,
            Map<String, StatefulFunction> statefulFunctions, int spiVersion) implements IndicatorLibrary {
        Lib(String namespace, String definitions, Map<String, NativeFunction> natives) {
            this(namespace, definitions, natives, Map.of(), IndicatorLibrary.SPI_VERSION);
        }

        @Override
        public String displayName() {
            return "TestLib";
        }
    }

    /** Inside the OSGi test runtime the pack's DS component has installed the library already: start clean. */
    @BeforeEach
    void startWithoutLibraries() {
        PineLibraries.uninstallAll();
    }

    @AfterEach
    void uninstall() {
        PineLibraries.uninstallAll();
    }

    private static String refusal(IndicatorLibrary lib) {
        LibraryRejectedException e = assertThrows(LibraryRejectedException.class, () -> PineLibraries.install(lib));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("indicator library "), e.getMessage());
        assertTrue(e.getMessage().contains("(TestLib) refused: "), e.getMessage());
        assertTrue(PineLibraries.current().isEmpty(), "a refused library must not be installed");
        return e.getMessage();
    }

    @Test
    void aValidSmallLibraryWorks() {
        PineLibraries.install(new Lib("tl", "fn tl.twice(x: series float) -> series float | 2x", Map.of("tl.twice",
                TWICE)));
        PineProgram p = PineEngine.compile("//@version=6\nindicator(\"t\")\nplot(tl.twice(close), \"t\")\n", "t");
        assertFalse(p.hasErrors(), () -> p.diagnostics().toString());
        RunResult r = p.run(XlScriptTest.bars(1, 2.5), RunOptions.defaults());
        assertEquals(5, r.plot("t").values()[1]);
    }

    @Test
    void missingImplementationIsRefused() {
        String m = refusal(new Lib("tl", "fn tl.twice(x: series float) -> series float\n"
                + "fn tl.thrice(x: series float) -> series float", Map.of("tl.twice", TWICE)));
        assertTrue(m.contains("function tl.thrice is declared but has no implementation"), m);
        assertTrue(m.contains("'tl'"), m);
    }

    @Test
    void undeclaredImplementationIsRefused() {
        String m = refusal(new Lib("tl", "fn tl.twice(x: series float) -> series float",
                Map.of("tl.twice", TWICE, "tl.other", TWICE)));
        assertTrue(m.contains("implementation tl.other is not declared"), m);
    }

    @Test
    void builtInNamespaceClashIsRefused() {
        String m = refusal(new Lib("ta", "fn ta.twice(x: series float) -> series float", Map.of("ta.twice", TWICE)));
        assertTrue(m.contains("namespace 'ta' clashes with the built-in"), m);
        m = refusal(new Lib("close", "fn close.twice(x: series float) -> series float",
                Map.of("close.twice", TWICE)));
        assertTrue(m.contains("clashes"), m);
    }

    @Test
    void secondLibraryWithTheSameNamespaceIsRefused() {
        PineLibraries.install(new XlLibrary());
        LibraryRejectedException e = assertThrows(LibraryRejectedException.class, () -> PineLibraries.install(
                new Lib("xl", "fn xl.twice(x: series float) -> series float", Map.of("xl.twice", TWICE))));
        assertTrue(e.getMessage().contains("already used by ExhaustionLab indicator pack"), e.getMessage());
        assertEquals(1, PineLibraries.current().libraries().size());
    }

    @Test
    void definitionsThatDoNotParseAreRefused() {
        String m = refusal(new Lib("tl", "fn tl.twice(x: series float -> series float", Map.of("tl.twice", TWICE)));
        assertTrue(m.contains("definitions do not parse: tl.pinedef:1:"), m);
        // an unknown type word parses (as a named type) but is no value type
        m = refusal(new Lib("tl", "fn tl.twice(x: series flot) -> series float", Map.of("tl.twice", TWICE)));
        assertTrue(m.contains("parameter 'x' of tl.twice must be int, float or bool, not series flot"), m);
    }

    @Test
    void declarationsOutsideTheNamespaceOrOfOtherTypesAreRefused() {
        assertTrue(refusal(new Lib("tl", "fn other.twice(x: series float) -> series float",
                Map.of("other.twice", TWICE))).contains("outside the namespace 'tl'"));
        assertTrue(refusal(new Lib("tl", "fn tl.name(x: series float) -> series string",
                Map.of("tl.name", TWICE))).contains("must return int, float or bool"));
        assertTrue(refusal(new Lib("tl", "fn tl.len(a: array<float>) -> series int",
                Map.of("tl.len", TWICE))).contains("parameter 'a' of tl.len must be int, float or bool"));
        assertTrue(refusal(new Lib("tl", "var tl.level: series float", Map.of()))
                .contains("may only declare functions"));
        assertTrue(refusal(new Lib("tl", "# nothing\n", Map.of())).contains("declare no functions"));
        assertTrue(refusal(new Lib("ta.x", "fn ta.x.f(x: series float) -> series float", Map.of("ta.x.f", TWICE)))
                .contains("must be an identifier"));
    }

    @Test
    void newerSpiVersionIsRefused() {
        String m = refusal(new Lib("tl", "fn tl.twice(x: series float) -> series float", Map.of("tl.twice", TWICE),
                Map.of(), IndicatorLibrary.SPI_VERSION + 1));
        assertTrue(m.contains("needs SPI version 2"), m);
    }

    @Test
    void engineKeepsWorkingAfterARefusalAndWithTheGoodLibrary() {
        PineLibraries.install(new XlLibrary());
        refusal2();
        PineProgram p = PineEngine.compile("//@version=6\nindicator(\"t\")\nplot(xl.clamp(close, 0, 1))\n"
                + "plot(ta.sma(close, 2))\n", "t");
        assertFalse(p.hasErrors(), () -> p.diagnostics().toString());
    }

    private static void refusal2() {
        assertThrows(LibraryRejectedException.class, () -> PineLibraries.install(
                new Lib("math", "fn math.twice(x: series float) -> series float", Map.of("math.twice", TWICE))));
    }

    @Test
    void aFailingImplementationStopsTheRunWithItsName() {
        LibrarySet set = LibrarySet.EMPTY.with(new Lib("tl", "fn tl.boom(x: series float) -> series float",
                Map.of("tl.boom", a -> {
                    throw new IllegalStateException("bad input");
                })));
        PineProgram p = PineEngine.compile("//@version=6\nindicator(\"t\")\nplot(tl.boom(close))\n", "t", set);
        assertFalse(p.hasErrors(), () -> p.diagnostics().toString());
        RunResult r = p.run(XlScriptTest.bars(1, 2), RunOptions.defaults());
        assertFalse(r.ok());
        assertTrue(r.failure().toString().contains("tl.boom failed: bad input"), r.failure().toString());
    }
}
