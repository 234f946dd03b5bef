package org.exhaustionlab.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.EvolutionConfig;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;
import org.exhaustionlab.store.TrialRecord;

/**
 * Saves a finished evolution run into the strategy registry of the data home: one run, every candidate as a
 * strategy (id {@code r<run>-<candidate>}, parent = its first lineage parent, origin = its operator) and one trial
 * per candidate with its fitness and metrics, so the Strategy Registry view can list them.
 */
final class RegistrySaver {

    private RegistrySaver() {
    }

    /** Returns "run N" or why it could not be saved. */
    static String save(EvolutionConfig config, BarSeries bars, EvolutionResult result, Map<String, Candidate> all) {
        long now = System.currentTimeMillis();
        try (MarketStore store = MarketStore.open(Prefs.dataHome())) {
            long run = store.registry().startRun("evolve", String.format(Locale.ROOT,
                    "{\"mode\":\"%s\",\"population\":%d,\"generations\":%d,\"symbol\":\"%s\",\"interval\":\"%s\"}",
                    result.modeUsed(), config.populationSize(), config.generations(), bars.symbol().name(),
                    bars.timeframe().code()), now);
            for (Candidate c : parentsFirst(all)) {
                String parent = c.lineage().parents().isEmpty() ? null : id(run, c.lineage().parents().get(0));
                if (parent != null && !all.containsKey(c.lineage().parents().get(0))) {
                    parent = null;
                }
                store.registry().saveStrategy(new StrategyRecord(id(run, c.id()), c.id(), parent,
                        c.lineage().operator(), c.source(), now));
                long[] starts = c.evaluation().periodStarts();
                double[] returns = c.evaluation().periodReturns();
                if (starts == null || starts.length != returns.length) {
                    starts = new long[0];
                    returns = new double[0];
                }
                store.registry().addTrial(new TrialRecord(0, run, id(run, c.id()), "{}", metricsJson(c), now), starts,
                        returns);
            }
            store.registry().finishRun(run, "finished", System.currentTimeMillis());
            return "run " + run;
        } catch (IOException | RuntimeException e) {
            return "not saved to the registry: " + e.getMessage();
        }
    }

    /** Candidates ordered so that a parent is saved before its children (the parent link is a foreign key). */
    static java.util.List<Candidate> parentsFirst(Map<String, Candidate> all) {
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        java.util.List<Candidate> left = new java.util.ArrayList<>(all.values());
        while (!left.isEmpty()) {
            int before = left.size();
            for (java.util.Iterator<Candidate> it = left.iterator(); it.hasNext();) {
                Candidate c = it.next();
                String parent = c.lineage().parents().isEmpty() ? null : c.lineage().parents().get(0);
                if (parent == null || !all.containsKey(parent) || placed.contains(parent)) {
                    out.add(c);
                    placed.add(c.id());
                    it.remove();
                }
            }
            if (left.size() == before) { // a cycle cannot come from one run; keep the rest as they are
                out.addAll(left);
                break;
            }
        }
        return out;
    }

    static String id(long run, String candidate) {
        return "r" + run + "-" + candidate;
    }

    static String metricsJson(Candidate c) {
        StringBuilder json = new StringBuilder("{\"fitness\":").append(num(c.fitness()));
        c.evaluation().metrics().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> json.append(",\"")
                .append(e.getKey()).append("\":").append(num(e.getValue())));
        return json.append('}').toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "null";
    }
}
