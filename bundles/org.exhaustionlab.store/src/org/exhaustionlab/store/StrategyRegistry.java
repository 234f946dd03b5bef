package org.exhaustionlab.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy registry: strategies with lineage, runs (an optimisation, an evolution session, ...), their trials and
 * each trial's per-period returns (for deflated Sharpe / PBO later). A first, small DAO over the tables of schema
 * version 2.
 *
 * @implNote Thread-safe (all access is serialised by the owning {@link MarketStore}).
 */
public final class StrategyRegistry {

    private final MarketStore store;

    StrategyRegistry(MarketStore store) {
        this.store = store;
    }

    /** Inserts or replaces a strategy. */
    public void saveStrategy(StrategyRecord s) throws IOException {
        store.inTransaction("saving strategy " + s.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO strategy"
                    + " (id, name, parent_id, origin, source, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.name());
                ps.setString(3, s.parentId());
                ps.setString(4, s.origin());
                ps.setString(5, s.source());
                ps.setLong(6, s.createdMs());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The strategy with {@code id}, or {@code null}. */
    public StrategyRecord strategy(String id) throws IOException {
        return store.read("reading strategy " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, parent_id, origin, source, created_ms FROM strategy WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new StrategyRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6)) : null;
                }
            }
        });
    }

    /** All strategies, newest first (then by id). */
    public List<StrategyRecord> strategies() throws IOException {
        return store.read("listing strategies", c -> {
            List<StrategyRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, parent_id, origin, source, created_ms"
                    + " FROM strategy ORDER BY created_ms DESC, id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StrategyRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Trials that evaluated the strategy {@code strategyId}, oldest first. */
    public List<TrialRecord> trialsOf(String strategyId) throws IOException {
        return store.read("reading trials of strategy " + strategyId, c -> {
            List<TrialRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, run_id, strategy_id, params_json,"
                    + " metrics_json, created_ms FROM trial WHERE strategy_id = ? ORDER BY id")) {
                ps.setString(1, strategyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TrialRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            return out;
        });
    }

    /** The strategy and its ancestors, newest first (stops at a missing parent or a cycle). */
    public List<StrategyRecord> lineage(String id) throws IOException {
        List<StrategyRecord> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String next = id;
        while (next != null && !seen.contains(next)) {
            seen.add(next);
            StrategyRecord s = strategy(next);
            if (s == null) {
                break;
            }
            chain.add(s);
            next = s.parentId();
        }
        return chain;
    }

    /** Starts a run with status {@code "running"}; returns its id. */
    public long startRun(String kind, String configJson, long startedMs) throws IOException {
        return store.inTransaction("starting a " + kind + " run", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run (kind, started_ms, status, config_json)"
                    + " VALUES (?, ?, 'running', ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setLong(2, startedMs);
                ps.setString(3, configJson);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void finishRun(long runId, String status, long finishedMs) throws IOException {
        store.inTransaction("finishing run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE run SET status = ?, finished_ms = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setLong(2, finishedMs);
                ps.setLong(3, runId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no run " + runId + " in the registry");
                }
            }
            return null;
        });
    }

    /** Status of a run ({@code "running"}, or what {@link #finishRun} set), or {@code null} if there is no such run. */
    public String runStatus(long runId) throws IOException {
        return store.read("reading run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM run WHERE id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /**
     * Adds a trial with its per-period returns ({@code periodStarts[i]} → {@code returns[i]}) in one transaction;
     * returns the trial id.
     */
    public long addTrial(TrialRecord t, long[] periodStarts, double[] returns) throws IOException {
        if (periodStarts.length != returns.length) {
            throw new IllegalArgumentException(periodStarts.length + " period starts for " + returns.length
                    + " returns");
        }
        return store.inTransaction("adding a trial to run " + t.runId(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trial"
                    + " (run_id, strategy_id, params_json, metrics_json, created_ms) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, t.runId());
                ps.setString(2, t.strategyId());
                ps.setString(3, t.paramsJson());
                ps.setString(4, t.metricsJson());
                ps.setLong(5, t.createdMs());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO trial_return (trial_id, period_start, ret) VALUES (?, ?, ?)")) {
                for (int i = 0; i < returns.length; i++) {
                    ps.setLong(1, id);
                    ps.setLong(2, periodStarts[i]);
                    ps.setDouble(3, returns[i]);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** Trials of a run in insertion order. */
    public List<TrialRecord> trials(long runId) throws IOException {
        return store.read("reading trials of run " + runId, c -> {
            List<TrialRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, run_id, strategy_id, params_json,"
                    + " metrics_json, created_ms FROM trial WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TrialRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Per-period returns of a trial, ordered by period start. */
    public double[] trialReturns(long trialId) throws IOException {
        return store.read("reading returns of trial " + trialId, c -> {
            List<Double> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ret FROM trial_return WHERE trial_id = ? ORDER BY period_start")) {
                ps.setLong(1, trialId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getDouble(1));
                    }
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        });
    }
}
