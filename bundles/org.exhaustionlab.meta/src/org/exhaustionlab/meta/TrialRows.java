package org.exhaustionlab.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.exhaustionlab.optimize.Trial;

/**
 * Writes a generation's trials into the store's {@code trial} / {@code trial_return} tables (schema version 2) on
 * the meta connection, inside the generation's transaction: the registry's own {@code addTrial} commits each trial
 * separately on the store's connection, which would leave trials of an interrupted generation behind and count them
 * twice after {@code --resume}. Same columns and meaning as {@code StrategyRegistry.addTrial}.
 */
final class TrialRows {

    private TrialRows() {
    }

    static void insert(Connection c, long runId, List<Trial> trials) throws SQLException {
        try (PreparedStatement trial = c.prepareStatement("INSERT INTO trial (run_id, strategy_id, params_json,"
                + " metrics_json, created_ms) VALUES (?, NULL, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement ret = c.prepareStatement("INSERT INTO trial_return (trial_id, period_start, ret)"
                        + " VALUES (?, ?, ?)")) {
            for (Trial t : trials) {
                trial.setLong(1, runId);
                trial.setString(2, t.paramsJson());
                trial.setString(3, t.metricsJson());
                trial.setLong(4, System.currentTimeMillis());
                trial.executeUpdate();
                long id;
                try (ResultSet keys = trial.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                long[] starts = t.periodStartsOrIndexes();
                double[] returns = t.evaluation().periodReturns();
                for (int i = 0; i < returns.length; i++) {
                    ret.setLong(1, id);
                    ret.setLong(2, starts[i]);
                    ret.setDouble(3, returns[i]);
                    ret.executeUpdate();
                }
            }
        }
    }
}
