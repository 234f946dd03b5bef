package org.exhaustionlab.optimize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a genetic run after a completed generation, enough to continue it exactly: the population (raw genes,
 * the parameters they decode to, birth generation and fitness), the generation number, the run seed (each
 * generation's random generator is derived from seed and generation number, so no generator state is needed), the
 * best so far and the early-stopping counter. Stored as a small JSON file.
 *
 * @param steadyCount generations since the best last improved
 */
public record Checkpoint(String runId, long seed, DataWindow window, long generation, long evaluations,
        int steadyCount, Best best, List<Member> population) {

    /** File format version written in the JSON. */
    static final int FORMAT = 1;

    /** One population member. */
    public record Member(int[] genes, Map<String, Object> params, long birthGeneration, double fitness) {
    }

    /** The best candidate so far, with its evaluation's metrics and per-period returns. */
    public record Best(int[] genes, Map<String, Object> params, double fitness, Map<String, Double> metrics,
            double[] periodReturns) {
    }

    public Checkpoint {
        population = List.copyOf(population);
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("runId", runId);
        root.put("seed", seed);
        root.put("windowStartMs", window.startMs());
        root.put("windowEndMs", window.endMs());
        root.put("generation", generation);
        root.put("evaluations", evaluations);
        root.put("steadyCount", steadyCount);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("genes", best.genes());
        b.put("params", best.params());
        b.put("fitness", best.fitness());
        b.put("metrics", best.metrics());
        b.put("periodReturns", best.periodReturns());
        root.put("best", b);
        List<Object> pop = new ArrayList<>();
        for (Member m : population) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("genes", m.genes());
            o.put("params", m.params());
            o.put("birthGeneration", m.birthGeneration());
            o.put("fitness", m.fitness());
            pop.add(o);
        }
        root.put("population", pop);
        return MiniJson.write(root);
    }

    public static Checkpoint fromJson(String json) {
        Map<?, ?> root = map(MiniJson.parse(json), "checkpoint");
        long format = ((Number) root.get("format")).longValue();
        if (format != FORMAT) {
            throw new IllegalArgumentException("checkpoint format " + format + " is not supported (expected "
                    + FORMAT + ")");
        }
        Map<?, ?> b = map(root.get("best"), "best");
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(b.get("metrics"), "best.metrics").entrySet()) {
            metrics.put((String) e.getKey(), MiniJson.asDouble(e.getValue()));
        }
        List<?> rets = (List<?>) b.get("periodReturns");
        double[] returns = new double[rets.size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = MiniJson.asDouble(rets.get(i));
        }
        Best best = new Best(ints(b.get("genes")), params(b.get("params")), MiniJson.asDouble(b.get("fitness")),
                metrics, returns);
        List<Member> pop = new ArrayList<>();
        for (Object o : (List<?>) root.get("population")) {
            Map<?, ?> m = map(o, "population member");
            pop.add(new Member(ints(m.get("genes")), params(m.get("params")),
                    ((Number) m.get("birthGeneration")).longValue(), MiniJson.asDouble(m.get("fitness"))));
        }
        return new Checkpoint((String) root.get("runId"), ((Number) root.get("seed")).longValue(),
                new DataWindow(((Number) root.get("windowStartMs")).longValue(),
                        ((Number) root.get("windowEndMs")).longValue()),
                ((Number) root.get("generation")).longValue(), ((Number) root.get("evaluations")).longValue(),
                ((Number) root.get("steadyCount")).intValue(), best, pop);
    }

    /** Writes the checkpoint to a temporary file next to {@code file}, then moves it over {@code file}. */
    public void writeAtomically(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Checkpoint read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<?, ?> map(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("checkpoint: " + what + " is not an object");
        }
        return (Map<?, ?>) o;
    }

    private static int[] ints(Object o) {
        List<?> list = (List<?>) o;
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) list.get(i)).intValue();
        }
        return out;
    }

    private static Map<String, Object> params(Object o) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(o, "params").entrySet()) {
            out.put((String) e.getKey(), e.getValue());
        }
        return out;
    }
}
