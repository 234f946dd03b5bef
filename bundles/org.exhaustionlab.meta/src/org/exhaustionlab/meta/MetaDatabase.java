package org.exhaustionlab.meta;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.optimize.Trial;
import org.exhaustionlab.store.MarketStore;

/**
 * The meta run's persisted state in the store's database file (its own connection, WAL like the store): run config,
 * one row per committed generation, bandit statistics, the population and the knowledge base. A generation is
 * committed in ONE transaction together with its trials (written to the store's {@code trial} tables), so after a
 * kill -9 at any point the file holds either all of a generation or none of it, and {@code --resume} redoes at most
 * the generation in flight.
 *
 * @implNote Thread-safe: every method is synchronized on the one connection. Close it when done.
 */
public final class MetaDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private MetaDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database file of an open {@code MarketStore} (whose migrations created the run/trial tables). */
    public static MetaDatabase open(Path dbFile) throws IOException {
        Connection c = null;
        try {
            c = MarketStore.connect(dbFile);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            MetaSchema.migrate(c, dbFile.toString());
            return new MetaDatabase(dbFile, c);
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            throw new IOException("cannot open the meta tables in " + dbFile + ": " + e.getMessage(), e);
        }
    }

    private synchronized <T> T transaction(String what, MarketStore.SqlWork<T> work) throws IOException {
        try {
            return MarketStore.transaction(connection, work);
        } catch (SQLException e) {
            throw new IOException(what + " in " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Registers a meta run for the store run {@code runId} (created by the store's registry). */
    public void createRun(long runId, MetaConfig config) throws IOException {
        transaction("creating meta run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta_run (run_id, config_json,"
                    + " generations_done, status, updated_ms) VALUES (?, ?, -1, 'running', ?)")) {
                ps.setLong(1, runId);
                ps.setString(2, Codec.write(Codec.config(config)));
                ps.setLong(3, System.currentTimeMillis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Commits generation {@code record.generation()} (0 = the initial population, with a null record): the
     * population, the bandit, the trials and the record in one transaction. Refuses a generation that is not the next
     * one, so a resumed run can never write a generation twice.
     */
    public void commitGeneration(long runId, int generation, GenerationRecord record, List<List<Candidate>> islands,
            List<ArmStats> bandit, List<Trial> trials) throws IOException {
        transaction("committing generation " + generation + " of meta run " + runId, c -> {
            int done = generationsDone(c, runId);
            if (generation != done + 1) {
                throw new SQLException("generation " + generation + " does not follow the last committed one ("
                        + done + ")");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE meta_run SET generations_done = ?,"
                    + " updated_ms = ? WHERE run_id = ?")) {
                ps.setInt(1, generation);
                ps.setLong(2, System.currentTimeMillis());
                ps.setLong(3, runId);
                ps.executeUpdate();
            }
            if (record != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta_generation (run_id, generation,"
                        + " record_json, committed_ms) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, runId);
                    ps.setInt(2, generation);
                    ps.setString(3, Codec.write(Codec.generation(record)));
                    ps.setLong(4, System.currentTimeMillis());
                    ps.executeUpdate();
                }
            }
            replaceMembers(c, runId, islands);
            replaceBandit(c, runId, bandit);
            TrialRows.insert(c, runId, trials);
            return null;
        });
    }

    private static int generationsDone(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generations_done FROM meta_run WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no meta run " + runId);
                }
                return rs.getInt(1);
            }
        }
    }

    private static void replaceMembers(Connection c, long runId, List<List<Candidate>> islands) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM meta_member WHERE run_id = ?")) {
            del.setLong(1, runId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta_member (run_id, island, position,"
                + " candidate_json) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < islands.size(); i++) {
                for (int p = 0; p < islands.get(i).size(); p++) {
                    ps.setLong(1, runId);
                    ps.setInt(2, i);
                    ps.setInt(3, p);
                    ps.setString(4, Codec.write(Codec.candidate(islands.get(i).get(p))));
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void replaceBandit(Connection c, long runId, List<ArmStats> bandit) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM meta_bandit WHERE run_id = ?")) {
            del.setLong(1, runId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta_bandit (run_id, dimension, arm, position,"
                + " pulls, reward_sum) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < bandit.size(); i++) {
                ArmStats a = bandit.get(i);
                ps.setLong(1, runId);
                ps.setString(2, a.dimension());
                ps.setString(3, a.arm());
                ps.setInt(4, i);
                ps.setLong(5, a.pulls());
                ps.setDouble(6, a.rewardSum());
                ps.executeUpdate();
            }
        }
    }

    /** Marks the run finished (or failed) with its final report as JSON. */
    public void finishRun(long runId, String status, String resultJson) throws IOException {
        transaction("finishing meta run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE meta_run SET status = ?, result_json = ?,"
                    + " updated_ms = ? WHERE run_id = ?")) {
                ps.setString(1, status);
                ps.setString(2, resultJson);
                ps.setLong(3, System.currentTimeMillis());
                ps.setLong(4, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The saved state of a run, or null when there is no meta run with that id. */
    public RunState load(long runId) throws IOException {
        return transaction("reading meta run " + runId, c -> {
            MetaConfig config;
            int done;
            String status;
            String result;
            try (PreparedStatement ps = c.prepareStatement("SELECT config_json, generations_done, status,"
                    + " result_json FROM meta_run WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    config = Codec.config(Codec.read(rs.getString(1), "run config"));
                    done = rs.getInt(2);
                    status = rs.getString(3);
                    result = rs.getString(4);
                }
            }
            List<List<Candidate>> islands = new ArrayList<>();
            for (int i = 0; i < config.islands(); i++) {
                islands.add(new ArrayList<>());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT island, candidate_json FROM meta_member"
                    + " WHERE run_id = ? ORDER BY island, position")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        islands.get(rs.getInt(1)).add(Codec.candidate(Codec.read(rs.getString(2), "member")));
                    }
                }
            }
            List<ArmStats> bandit = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT dimension, arm, pulls, reward_sum FROM meta_bandit"
                    + " WHERE run_id = ? ORDER BY position")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bandit.add(new ArmStats(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
                    }
                }
            }
            List<GenerationRecord> history = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_json FROM meta_generation"
                    + " WHERE run_id = ? ORDER BY generation")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        history.add(Codec.generation(Codec.read(rs.getString(1), "generation record")));
                    }
                }
            }
            return new RunState(runId, config, done, status, islands, bandit, history, result);
        });
    }

    /** Adds (or replaces, by id) knowledge-base entries. */
    public void saveKnowledge(List<KnowledgeEntry> entries) throws IOException {
        transaction("saving " + entries.size() + " knowledge-base entries", c -> {
            KnowledgeRows.save(c, entries);
            return null;
        });
    }

    /** Every saved entry (approved and crawled), in insertion order. */
    public List<KnowledgeEntry> knowledge() throws IOException {
        return transaction("reading the knowledge base", KnowledgeRows::all);
    }

    /** {@code PRAGMA integrity_check}: "ok" for a healthy file. */
    public synchronized String integrityCheck() throws IOException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new IOException("integrity check of " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // best effort; SQLite recovers from the WAL on the next open
        }
    }
}
