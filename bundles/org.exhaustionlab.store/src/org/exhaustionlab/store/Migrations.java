package org.exhaustionlab.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as an ordered list of migrations. The database's {@code PRAGMA user_version} is the number of
 * migrations applied; opening a store applies the missing ones, each in its own transaction. Never edit a released
 * migration: append a new one.
 */
final class Migrations {

    /** Migration {@code i} (0-based) takes the schema from version {@code i} to {@code i + 1}. */
    static final List<List<String>> STEPS = List.of(
            // 1: bar cache
            List.of("""
                    CREATE TABLE series (
                      id         INTEGER PRIMARY KEY,
                      exchange   TEXT NOT NULL,
                      symbol     TEXT NOT NULL,
                      interval   TEXT NOT NULL,
                      venue      TEXT NOT NULL DEFAULT '',
                      base       TEXT NOT NULL DEFAULT '',
                      quote      TEXT NOT NULL DEFAULT '',
                      tick_size  REAL NOT NULL,
                      lot_size   REAL NOT NULL,
                      UNIQUE (exchange, symbol, interval))""", """
                    CREATE TABLE bar_block (
                      series_id  INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                      bucket     INTEGER NOT NULL,
                      first_time INTEGER NOT NULL,
                      last_time  INTEGER NOT NULL,
                      bar_count  INTEGER NOT NULL,
                      data       BLOB NOT NULL,
                      PRIMARY KEY (series_id, bucket)) WITHOUT ROWID""", """
                    CREATE TABLE coverage (
                      series_id  INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                      from_time  INTEGER NOT NULL,
                      to_time    INTEGER NOT NULL,
                      PRIMARY KEY (series_id, from_time)) WITHOUT ROWID"""),
            // 2: strategy registry (strategies with lineage, runs, trials, per-period returns)
            List.of("""
                    CREATE TABLE strategy (
                      id          TEXT PRIMARY KEY,
                      name        TEXT NOT NULL,
                      parent_id   TEXT REFERENCES strategy(id) ON DELETE SET NULL,
                      origin      TEXT NOT NULL,
                      source      TEXT NOT NULL,
                      created_ms  INTEGER NOT NULL)""",
                    "CREATE INDEX strategy_parent ON strategy(parent_id)", """
                    CREATE TABLE run (
                      id          INTEGER PRIMARY KEY,
                      kind        TEXT NOT NULL,
                      started_ms  INTEGER NOT NULL,
                      finished_ms INTEGER,
                      status      TEXT NOT NULL,
                      config_json TEXT NOT NULL DEFAULT '{}')""", """
                    CREATE TABLE trial (
                      id           INTEGER PRIMARY KEY,
                      run_id       INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                      strategy_id  TEXT REFERENCES strategy(id) ON DELETE SET NULL,
                      params_json  TEXT NOT NULL,
                      metrics_json TEXT NOT NULL,
                      created_ms   INTEGER NOT NULL)""",
                    "CREATE INDEX trial_run ON trial(run_id)", """
                    CREATE TABLE trial_return (
                      trial_id     INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
                      period_start INTEGER NOT NULL,
                      ret          REAL NOT NULL,
                      PRIMARY KEY (trial_id, period_start)) WITHOUT ROWID"""));

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies missing migrations; refuses a database written by a newer version of the program. */
    static void migrate(Connection c, String where) throws SQLException {
        int version = version(c);
        if (version > LATEST) {
            throw new SQLException("store " + where + " has schema version " + version
                    + ", newer than this program understands (" + LATEST + "); update ExhaustionLab");
        }
        for (int v = version; v < LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migrating store " + where + " to schema version " + (v + 1) + " failed: "
                        + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
