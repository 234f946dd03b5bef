package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    static OptimizerConfig config() {
        return OptimizerConfig.builder().populationSize(20).generations(30).seed(99).mutationProbability(0.2)
                .runId("cp").build();
    }

    private static GeneticOptimizer optimizer(Evaluator e) {
        return new GeneticOptimizer(Synthetic.space(), e, new MetricFitness("value"), config());
    }

    @Test
    void checkpointRoundTripsThroughJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        optimizer(new Synthetic()).withCheckpointFile(file).run(GeneticOptimizerTest.WINDOW);
        Checkpoint cp = Checkpoint.read(file);
        assertEquals(30, cp.generation());
        assertEquals(20, cp.population().size());
        Checkpoint again = Checkpoint.fromJson(cp.toJson());
        assertEquals(cp.toJson(), again.toJson());
        assertArrayEquals(cp.best().genes(), again.best().genes());
        assertEquals(Synthetic.value(cp.best().params()), cp.best().fitness(), 1e-12);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left behind");
        }
    }

    @Test
    void resumeFromAMidRunCheckpointEndsLikeAnUninterruptedRun(@TempDir Path dir) throws Exception {
        List<GenerationProgress> straight = new ArrayList<>();
        OptimizationResult uninterrupted = optimizer(new Synthetic()).withProgress(straight::add)
                .run(GeneticOptimizerTest.WINDOW);
        Path file = dir.resolve("run.json");
        Checkpoint[] atTen = new Checkpoint[1];
        try {
            optimizer(new Synthetic()).withCheckpointFile(file).withProgress(p -> {
                if (p.generation() == 10) {
                    throw new IllegalStateException("simulated crash");
                }
            }).run(GeneticOptimizerTest.WINDOW);
        } catch (IllegalStateException expected) {
            atTen[0] = Checkpoint.read(file);
        }
        assertEquals(10, atTen[0].generation(), "the checkpoint is written before listeners are told");
        List<GenerationProgress> resumed = new ArrayList<>();
        OptimizationResult r = optimizer(new Synthetic()).withProgress(resumed::add).resume(atTen[0]);
        assertEquals(uninterrupted.bestParams(), r.bestParams());
        assertEquals(uninterrupted.bestFitness(), r.bestFitness());
        assertEquals(30, r.generation());
        assertEquals(20, resumed.size(), "generations 11 to 30");
        for (int i = 0; i < resumed.size(); i++) {
            assertEquals(straight.get(i + 10).best(), resumed.get(i).best());
            assertEquals(straight.get(i + 10).mean(), resumed.get(i).mean(), "same population in generation "
                    + (i + 11));
        }
    }

    @Test
    void earlyStoppingCountsAcrossAResume(@TempDir Path dir) throws Exception {
        Evaluator flat = (p, w) -> Evaluation.of(java.util.Map.of("value", 1.0), null);
        OptimizerConfig steady = config().toBuilder().steadyGenerations(5).build();
        Path file = dir.resolve("steady.json");
        try {
            new GeneticOptimizer(Synthetic.space(), flat, new MetricFitness("value"), steady)
                    .withCheckpointFile(file).withProgress(p -> {
                        if (p.generation() == 3) {
                            throw new IllegalStateException("simulated crash");
                        }
                    }).run(GeneticOptimizerTest.WINDOW);
        } catch (IllegalStateException expected) {
            // the checkpoint of generation 3 is on disk
        }
        Checkpoint cp = Checkpoint.read(file);
        assertEquals(2, cp.steadyCount());
        OptimizationResult r = new GeneticOptimizer(Synthetic.space(), flat, new MetricFitness("value"), steady)
                .resume(cp);
        assertTrue(r.stoppedEarly());
        assertEquals(6, r.generation(), "same stop as an uninterrupted run");
    }

    @Test
    void aKilledChildJvmResumesToTheSameBest(@TempDir Path dir) throws Exception {
        String classpath = classpathOf(CheckpointChildMain.class, GeneticOptimizer.class, io.jenetics.Genotype.class);
        Assumptions.assumeTrue(classpath != null, "cannot build a classpath for a child JVM in this runtime");
        Path file = dir.resolve("child.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classpath, CheckpointChildMain.class.getName(),
                file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long generation = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // hang guard only
        try {
            while (generation < 5 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
                if (Files.exists(file)) {
                    generation = Checkpoint.read(file).generation();
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(generation >= 5, () -> "child never reached generation 5: " + log(dir));
        Checkpoint cp = Checkpoint.read(file);
        assertTrue(cp.generation() < 30, "the child was killed mid-run, at generation " + cp.generation());
        assertFalse(child.isAlive());
        OptimizationResult resumed = optimizer(new Synthetic()).resume(cp);
        OptimizationResult uninterrupted = optimizer(new Synthetic()).run(GeneticOptimizerTest.WINDOW);
        assertEquals(uninterrupted.bestParams(), resumed.bestParams());
        assertEquals(uninterrupted.bestFitness(), resumed.bestFitness());
        assertEquals(30, resumed.generation());
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (Exception e) {
            return "(no log)";
        }
    }

    /**
     * Directories/jars holding the given classes, or null when one is not a plain file location that really
     * contains the class (e.g. inside an OSGi runtime, where a fragment's classes report the host's location).
     */
    private static String classpathOf(Class<?>... classes) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            CodeSource src = c.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) {
                return null;
            }
            String url = src.getLocation().toString().replaceFirst("^reference:", "");
            if (!url.startsWith("file:")) {
                return null;
            }
            File entry;
            try {
                entry = new File(new java.net.URI(url));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
            if (!contains(entry, c.getName().replace('.', '/') + ".class")) {
                return null;
            }
            entries.add(entry.getPath());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean contains(File entry, String resource) {
        if (entry.isDirectory()) {
            return new File(entry, resource).isFile();
        }
        try (JarFile jar = new JarFile(entry)) {
            return jar.getEntry(resource) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
