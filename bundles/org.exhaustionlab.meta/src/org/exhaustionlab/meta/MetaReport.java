package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.optimize.Metrics;

/**
 * The final report of a meta run, as text for the terminal and as JSON ({@code --json}, and saved with the run):
 * the best strategies with their metrics and readiness scores, the directive history, and what the bandits learned
 * (pulls and mean reward per arm, the best arm of each dimension).
 */
public final class MetaReport {

    /** Strategies listed in the report. */
    static final int SHOWN = 5;

    private MetaReport() {
    }

    public static List<String> text(MetaResult r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "meta run %d: %s, %d of %d generations, %,d backtests", r.runId(),
                r.finished() ? "finished" : "stopped (continue with --resume " + r.runId() + ")",
                r.generationsDone(), r.config().generations(), r.backtests()));
        out.add("best strategies:");
        Map<String, Readiness> ready = new LinkedHashMap<>();
        r.readiness().forEach(v -> ready.put(v.candidateId(), v));
        for (Candidate c : r.best().subList(0, Math.min(SHOWN, r.best().size()))) {
            Readiness v = ready.get(c.id());
            out.add("  " + c.summary() + (v == null ? ""
                    : String.format(Locale.ROOT, "; readiness %.1f/100 %s%s", v.score(), v.verdict(),
                            v.gatesPassed() ? "" : " (gates failed)")));
        }
        out.add("directives:");
        for (GenerationRecord g : r.history()) {
            out.add(String.format(Locale.ROOT, "  gen %d %s %s (lack %.2f) %s -> %s, gain %+.4f, cost %.2f, reward "
                    + "%.3f, best %.4f", g.generation(), g.mode(), g.objective(),
                    g.lack().getOrDefault(g.objective(), Double.NaN), g.gaSetting(),
                    g.childId() == null ? "no improvement" : g.childId(), g.improvement(), g.cost().units(),
                    g.reward(), g.bestFitness()));
        }
        out.add("what the bandits learned (arm: pulls, mean reward):");
        Map<String, List<ArmStats>> byDimension = new LinkedHashMap<>();
        r.bandit().forEach(a -> byDimension.computeIfAbsent(a.dimension(), d -> new ArrayList<>()).add(a));
        byDimension.forEach((dimension, arms) -> {
            StringBuilder line = new StringBuilder("  ").append(dimension).append(':');
            ArmStats best = null;
            for (ArmStats a : arms) {
                line.append(String.format(Locale.ROOT, " %s %d/%.3f", a.arm(), a.pulls(), a.mean()));
                if (a.pulls() > 0 && (best == null || a.mean() > best.mean())) {
                    best = a;
                }
            }
            out.add(line.append(best == null ? " (not tried)" : "; best " + best.arm()).toString());
        });
        return out;
    }

    public static String json(MetaResult r) {
        ObjectNode o = Codec.MAPPER.createObjectNode();
        o.put("runId", r.runId());
        o.put("finished", r.finished());
        o.put("generationsDone", r.generationsDone());
        o.put("backtests", r.backtests());
        o.set("config", Codec.config(r.config()));
        ArrayNode best = o.putArray("best");
        for (Candidate c : r.best().subList(0, Math.min(SHOWN, r.best().size()))) {
            ObjectNode b = best.addObject();
            b.put("id", c.id());
            Codec.put(b, "fitness", c.fitness());
            b.put("operator", c.lineage().operator());
            for (String m : List.of(Metrics.NET_PROFIT_PCT, Metrics.SHARPE, Metrics.MAX_DRAWDOWN_PCT, Metrics.TRADES,
                    Metrics.TRADES_PER_DAY)) {
                Codec.put(b, m, c.metric(m));
            }
            b.put("source", c.source());
        }
        ArrayNode readiness = o.putArray("readiness");
        for (Readiness v : r.readiness()) {
            ObjectNode n = readiness.addObject();
            n.put("id", v.candidateId());
            Codec.put(n, "score", v.score());
            n.put("verdict", v.verdict());
            n.put("gatesPassed", v.gatesPassed());
            v.lines().forEach(n.putArray("lines")::add);
        }
        ArrayNode history = o.putArray("generations");
        r.history().forEach(g -> history.add(Codec.generation(g)));
        ArrayNode bandit = o.putArray("bandit");
        for (ArmStats a : r.bandit()) {
            ObjectNode n = bandit.addObject();
            n.put("dimension", a.dimension());
            n.put("arm", a.arm());
            n.put("pulls", a.pulls());
            Codec.put(n, "meanReward", a.mean());
        }
        r.notices().forEach(o.putArray("notices")::add);
        return Codec.write(o);
    }

    /** The readiness verdicts of a saved report (empty when none or not finished). */
    static List<Readiness> readinessFrom(String json) {
        List<Readiness> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        for (JsonNode n : Codec.read(json, "run report").path("readiness")) {
            List<String> lines = new ArrayList<>();
            n.path("lines").forEach(l -> lines.add(l.asText()));
            out.add(new Readiness(n.path("id").asText(), Codec.num(n.get("score")), n.path("verdict").asText(),
                    n.path("gatesPassed").asBoolean(), lines));
        }
        return out;
    }
}
