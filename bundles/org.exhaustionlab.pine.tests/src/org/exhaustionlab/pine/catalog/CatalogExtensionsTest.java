package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.check.Checker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hook through which add-on libraries extend the catalog the checker uses. */
class CatalogExtensionsTest {
    private static final String EXT = "fn zz.twice(x: series float, n: simple int = 2) -> series float | test\n";
    private static final String SCRIPT = "//@version=6\nindicator(\"t\")\nplot(zz.twice(close))\n";

    @AfterEach
    void reset() {
        CatalogExtensions.activate(null);
    }

    private static Map<String, Reader> ext(String text) {
        return Map.of("zz.pinedef", new StringReader(text));
    }

    @Test
    void withExtensionsAddsFunctionsAndNamespaceForEveryVersion() throws IOException {
        BuiltinCatalog base = BuiltinCatalog.standard();
        BuiltinCatalog extended = base.withExtensions(ext(EXT));
        assertEquals(base.entries().size() + 1, extended.entries().size());
        assertTrue(extended.isNamespace("zz"));
        assertFalse(base.isNamespace("zz"));
        for (PineVersion v : PineVersion.values()) {
            assertEquals(1, extended.forVersion(v).functions("zz.twice").size());
        }
        assertEquals(base.functions("ta.sma"), extended.functions("ta.sma"));
        assertSame(base, base.withExtensions(ext("# nothing\n")));
    }

    @Test
    void extensionsCannotRedeclareBuiltInsAndMustParse() {
        CatalogFormatException dup = assertThrows(CatalogFormatException.class, () -> BuiltinCatalog.standard()
                .withExtensions(ext("fn ta.sma(source: series float, length: series int) -> series float\n")));
        assertTrue(dup.getMessage().startsWith("zz.pinedef:1: duplicate declaration"), dup.getMessage());
        CatalogFormatException bad = assertThrows(CatalogFormatException.class,
                () -> BuiltinCatalog.standard().withExtensions(ext("fn zz.f(x: series float -> series float\n")));
        assertTrue(bad.getMessage().startsWith("zz.pinedef:1:"), bad.getMessage());
        assertThrows(IllegalStateException.class,
                () -> BuiltinCatalog.standard().forVersion(PineVersion.V6).withExtensions(ext(EXT)));
    }

    @Test
    void checkerUsesTheActiveCatalog() throws IOException {
        assertSame(BuiltinCatalog.standard(), CatalogExtensions.active());
        assertTrue(Checker.check(PineParser.parse(SCRIPT)).hasErrors());
        CatalogExtensions.activate(BuiltinCatalog.standard().withExtensions(ext(EXT)));
        assertTrue(CatalogExtensions.isExtended());
        assertFalse(Checker.check(PineParser.parse(SCRIPT)).hasErrors(),
                () -> Checker.check(PineParser.parse(SCRIPT)).diagnostics().toString());
        // a simple int parameter rejects a series argument, as for built-ins
        assertTrue(Checker.check(PineParser.parse(SCRIPT.replace("zz.twice(close)", "zz.twice(close, bar_index)")))
                .hasErrors());
        CatalogExtensions.activate(BuiltinCatalog.standard());
        assertFalse(CatalogExtensions.isExtended());
        assertTrue(Checker.check(PineParser.parse(SCRIPT)).hasErrors());
        assertThrows(IllegalArgumentException.class,
                () -> CatalogExtensions.activate(BuiltinCatalog.standard().forVersion(PineVersion.V5)));
    }
}
