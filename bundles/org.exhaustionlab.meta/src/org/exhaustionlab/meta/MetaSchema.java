package org.exhaustionlab.meta;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The meta tables, beside the store's own in the same database file. Versioned by {@code meta_schema.version}, not
 * by {@code PRAGMA user_version}, which belongs to the store's migrations (a higher user_version would make the store
 * refuse the file). Migration {@code i} takes the meta schema from version {@code i} to {@code i + 1}, in one
 * transaction; never edit a released one, append.
 */
final class MetaSchema {

    static final List<List<String>> STEPS = List.of(List.of("""
            CREATE TABLE meta_run (
              run_id           INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,
              config_json      TEXT NOT NULL,
              generations_done INTEGER NOT NULL,
              status           TEXT NOT NULL,
              result_json      TEXT,
              updated_ms       INTEGER NOT NULL)""", """
            CREATE TABLE meta_generation (
              run_id       INTEGER NOT NULL REFERENCES meta_run(run_id) ON DELETE CASCADE,
              generation   INTEGER NOT NULL,
              record_json  TEXT NOT NULL,
              committed_ms INTEGER NOT NULL,
              PRIMARY KEY (run_id, generation)) WITHOUT ROWID""", """
            CREATE TABLE meta_bandit (
              run_id     INTEGER NOT NULL REFERENCES meta_run(run_id) ON DELETE CASCADE,
              dimension  TEXT NOT NULL,
              arm        TEXT NOT NULL,
              position   INTEGER NOT NULL,
              pulls      INTEGER NOT NULL,
              reward_sum REAL NOT NULL,
              PRIMARY KEY (run_id, dimension, arm)) WITHOUT ROWID""", """
            CREATE TABLE meta_member (
              run_id         INTEGER NOT NULL REFERENCES meta_run(run_id) ON DELETE CASCADE,
              island         INTEGER NOT NULL,
              position       INTEGER NOT NULL,
              candidate_json TEXT NOT NULL,
              PRIMARY KEY (run_id, island, position)) WITHOUT ROWID""", """
            CREATE TABLE meta_knowledge (
              id       TEXT PRIMARY KEY,
              origin   TEXT NOT NULL,
              name     TEXT NOT NULL,
              url      TEXT NOT NULL,
              tags     TEXT NOT NULL,
              quality  REAL NOT NULL,
              source   TEXT NOT NULL,
              added_ms INTEGER NOT NULL)"""));

    static final int LATEST = STEPS.size();

    private MetaSchema() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta_schema (version INTEGER NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT version FROM meta_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void migrate(Connection c, String where) throws SQLException {
        int version = version(c);
        if (version > LATEST) {
            throw new SQLException("the meta tables in " + where + " have version " + version
                    + ", newer than this program understands (" + LATEST + "); update ExhaustionLab");
        }
        for (int v = version; v < LATEST; v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("DELETE FROM meta_schema");
                s.execute("INSERT INTO meta_schema (version) VALUES (" + (v + 1) + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("creating the meta tables (version " + (v + 1) + ") in " + where
                        + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
