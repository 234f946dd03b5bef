package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exhaustionlab.pine.ast.AstPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Windows line endings and a byte order mark change neither the diagnostics nor the tree. */
class LineEndingTest {

    static java.util.List<String> validGolden() {
        return GoldenScripts.validNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validGolden")
    void crlfAndBomParseLikeLf(String name) {
        String lf = GoldenScripts.read(name);
        String expected = AstPrinter.print(PineParser.parse(lf).script());
        for (String variant : new String[] {lf.replace("\n", "\r\n"), "\uFEFF" + lf}) {
            ParseResult r = PineParser.parse(variant);
            assertEquals("[]", r.diagnostics().toString(), name);
            assertEquals(expected, AstPrinter.print(r.script()), name);
            TreeInvariants.check(variant, r, false);
        }
    }
}
