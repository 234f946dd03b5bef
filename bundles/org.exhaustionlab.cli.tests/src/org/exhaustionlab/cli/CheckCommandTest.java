package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhaustionlab check}: exit codes, the file:line:col format and JSON. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void validScriptPassesAndMistakesAreReportedWithLineAndColumn() throws Exception {
        Path good = dir.resolve("good.pine");
        Files.writeString(good, "//@version=6\nindicator(\"Good\")\nplot(ta.sma(close, 14), \"SMA\")\n");
        CliTest.Result ok = CliTest.run("check", good.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("0 error(s)"), ok.out());

        Path bad = dir.resolve("bad.pine");
        Files.writeString(bad, "//@version=6\nindicator(\"Bad\")\nx = ta.smaa(close, 14)\nplot(x, titel = \"X\")\n");
        CliTest.Result failed = CliTest.run("check", bad.toString());
        assertEquals(1, failed.code(), failed.out() + failed.err());
        assertTrue(failed.out().contains(bad + ":3:8: error:"), failed.out()); // at the unknown member
        assertTrue(failed.out().contains("ta.sma"), "suggests the right function: " + failed.out());
        assertTrue(failed.out().contains(bad + ":4:"), "unknown argument on line 4: " + failed.out());
    }

    @Test
    void jsonAndUnreadableFiles() throws Exception {
        Path bad = dir.resolve("bad.pine");
        Files.writeString(bad, "//@version=6\nindicator(\"Bad\")\nif close == na\n    label.new(bar_index, high)\n");
        CliTest.Result json = CliTest.run("check", "--json", bad.toString());
        assertEquals(1, json.code());
        assertTrue(json.out().startsWith("[{\"file\":"), json.out());
        assertTrue(json.out().contains("\"line\":3"), json.out());

        CliTest.Result missing = CliTest.run("check", dir.resolve("nope.pine").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
