package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages users read: short, saying what is wrong and what to write instead. */
class DiagnosticMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "study(\"x\")            | study() is Pine v4: use indicator() in v5/v6",
        "x = security(s, t, c)   | security() is Pine v4: use request.security() in v5/v6",
        "x = sma(close, 14)      | sma() lives in a namespace since v5: use ta.sma()",
        "x = 1; y = 2            | Pine has no ';': put statements on separate lines or separate them with ','",
        "# note                  | '#' starts a colour literal such as #FF0000; comments start with //",
        "x = (1 +                | the line ends with '+': continue it on a line indented by a non-multiple of 4 "
                + "(e.g. 6 spaces)",
        "x = 1 *                 | the line ends with '*': continue it on a line indented by a non-multiple of 4 "
                + "(e.g. 6 spaces)",
        "x =                      | expected an expression but found end of line",
        "x = f(1                 | expected ')' to close the argument list but found end of line",
        "else                    | 'else' without a matching 'if' above it at the same indentation",
        "if a then               | unexpected 'then' after 'if': the body goes on the next line, indented",
        "x = 'abc                | string is not closed: add ' before the end of the line",
    })
    void firstDiagnosticMessage(String body, String message) {
        ParseResult r = PineParser.parse("//@version=6\n" + body);
        assertEquals(message, r.diagnostics().get(0).message(), () -> r.diagnostics().toString());
    }
}
