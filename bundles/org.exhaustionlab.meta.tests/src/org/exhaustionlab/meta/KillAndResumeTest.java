package org.exhaustionlab.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a meta run, then resume: the store is intact, no generation or trial is lost or doubled,
 * and the resumed run ends exactly as an uninterrupted one.
 */
class KillAndResumeTest {

    @TempDir
    Path dir;

    @Test
    void killNineMidRunThenResumeMatchesAnUninterruptedRun() throws Exception {
        Path killed = dir.resolve("killed");
        Path reference = dir.resolve("reference");
        MetaConfig config = OrchestratorTest.config(8);
        long run = OrchestratorTest.newRun(killed, config);
        long refRun = OrchestratorTest.newRun(reference, config);

        Process child = start(killed, run);
        int lastSeen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastSeen = Integer.parseInt(line.substring(10));
                    if (lastSeen == 3) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child is gone");
        assertEquals(3, lastSeen, "the child got as far as generation 3 before the kill");

        int committed;
        try (MetaTestData.Stores s = MetaTestData.Stores.open(killed)) {
            assertEquals("ok", s.meta().integrityCheck());
            committed = s.meta().load(run).generationsDone();
            assertTrue(committed >= 3 && committed < 8, "generations committed before the kill: " + committed);
            assertEquals(committed, s.meta().load(run).history().size());
        }
        MetaResult resumed = OrchestratorTest.runIn(killed, run, Integer.MAX_VALUE, null, new ArrayList<>());
        MetaResult straight = OrchestratorTest.runIn(reference, refRun, Integer.MAX_VALUE, null, new ArrayList<>());

        assertEquals(straight.history(), resumed.history());
        assertEquals(straight.bandit(), resumed.bandit());
        assertEquals(OrchestratorTest.summary(straight.best()), OrchestratorTest.summary(resumed.best()));
        try (MetaTestData.Stores s = MetaTestData.Stores.open(killed)) {
            assertEquals("ok", s.meta().integrityCheck());
            assertEquals(resumed.backtests() + 2, s.store().registry().trials(run).size(),
                    "the trials of the killed generation were rolled back with it");
        }
    }

    private static Process start(Path home, long run) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath());
        command.add(CrashWorkerMain.class.getName());
        command.add(home.toString());
        command.add(Long.toString(run));
        return new ProcessBuilder(command).redirectError(home.resolve("child-stderr.txt").toFile()).start();
    }

    /** Where the child's classes are: this test, the meta bundle and everything it runs on. */
    private static String classpath() {
        List<String> parts = new ArrayList<>();
        List<Class<?>> classes = List.of(CrashWorkerMain.class, MetaOrchestrator.class,
                org.exhaustionlab.evolution.EvolutionEngine.class, org.exhaustionlab.store.MarketStore.class,
                org.exhaustionlab.market.BarSeries.class, org.exhaustionlab.pine.PineParser.class,
                org.exhaustionlab.pine.runtime.PineEngine.class, org.exhaustionlab.backtest.BacktestResult.class,
                org.exhaustionlab.optimize.GeneticOptimizer.class, io.jenetics.Genotype.class,
                org.exhaustionlab.validation.adapters.ValidationPipeline.class, org.exhaustionlab.llm.LlmProvider.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonInclude.class, org.sqlite.JDBC.class);
        for (Class<?> c : classes) {
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
