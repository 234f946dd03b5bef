package org.exhaustionlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.exhaustionlab.market.BarSeries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is writing bars (SIGKILL, no shutdown hooks) and checks the store it leaves behind. */
class CrashRecoveryTest {

    @TempDir
    Path home;

    @Test
    void storeKilledMidWriteReopensConsistentWithEveryCommittedBatch() throws Exception {
        for (int round = 0; round < 3; round++) { // kill at different moments
            Path dir = home.resolve("round" + round);
            Process child = startWriter(dir);
            long committed = 0;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                long target = 15 + round * 7L; // batches before the kill
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        committed = Long.parseLong(line.substring(10));
                        if (committed >= target * CrashWriterMain.BATCH && child.isAlive()) {
                            // SIGKILL via the handle: Process.destroyForcibly would also close our end of the pipe
                            child.toHandle().destroyForcibly();
                        }
                    }
                } // read to the end: lines printed before the kill are still in the pipe
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "writer did not die");
            assertTrue(committed > 0, "writer committed nothing; its stderr: " + Files.readString(errors()));

            try (MarketStore store = MarketStore.open(dir)) {
                assertEquals("ok", store.integrityCheck());
                BarSeries all = store.bars().loadAll(TestBars.KEY);
                // the batch in flight may or may not have committed; nothing else may be missing or extra
                long n = all.size();
                assertTrue(n == committed || n == committed + CrashWriterMain.BATCH,
                        "round " + round + ": " + n + " bars after " + committed + " committed");
                assertEquals(TestBars.minutes(0, (int) n), all);
                assertEquals(List.of(new TimeRange(TestBars.T0, TestBars.T0 + n * TestBars.MIN)),
                        store.bars().coverage(TestBars.KEY).ranges());
            }
        }
    }

    private Process startWriter(Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath());
        command.add(CrashWriterMain.class.getName());
        command.add(dir.toString());
        return new ProcessBuilder(command).redirectError(errors().toFile()).start();
    }

    private Path errors() {
        return home.resolve("writer-stderr.txt");
    }

    /** The locations the writer needs: this test, the store, the market model, the SQLite driver. */
    private static String classpath() {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : List.of(CrashWriterMain.class, MarketStore.class, BarSeries.class, org.sqlite.JDBC.class)) {
            try {
                var source = c.getProtectionDomain().getCodeSource();
                Assumptions.assumeTrue(source != null && "file".equals(source.getLocation().getProtocol()),
                        "cannot locate " + c.getName() + " as a file to start a child JVM");
                String path = Path.of(source.getLocation().toURI()).toString();
                if (!parts.contains(path)) {
                    parts.add(path);
                }
            } catch (URISyntaxException e) {
                Assumptions.abort("cannot locate " + c.getName() + ": " + e.getMessage());
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
