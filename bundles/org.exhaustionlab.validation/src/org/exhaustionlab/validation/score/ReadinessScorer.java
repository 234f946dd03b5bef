package org.exhaustionlab.validation.score;

import java.util.ArrayList;
import java.util.List;

/** Scores a strategy's measured figures against the readiness rubric (see {@link ScoreItem} for each line's scale). */
public final class ReadinessScorer {
    public static final double CONSIDER_LIVE_SCORE = 70;
    public static final double TARGET_SCORE = 80;

    private ReadinessScorer() {
    }

    public static ReadinessReport score(ScoreInputs in) {
        return score(in, ProductionRiskLimits.DEFAULT);
    }

    public static ReadinessReport score(ScoreInputs in, ProductionRiskLimits limits) {
        List<ScoreLine> lines = new ArrayList<>();
        double total = 0;
        for (ScoreItem item : ScoreItem.values()) {
            double measured = in.valueOf(item);
            ScoreLine line = new ScoreLine(item, measured, item.points(measured));
            lines.add(line);
            total += line.points();
        }
        List<GateResult> gates = List.of(
                gate(Gate.MIN_BARS, in.bars()),
                gate(Gate.MIN_SHARPE, in.sharpe()),
                gate(Gate.MAX_DRAWDOWN, in.maxDrawdown()),
                gate(Gate.MIN_WIN_RATE, in.winRate()));
        boolean gatesPassed = gates.stream().allMatch(GateResult::passed);
        return new ReadinessReport(lines, gates, total, verdict(total, gatesPassed), limits);
    }

    static Verdict verdict(double total, boolean gatesPassed) {
        if (total < CONSIDER_LIVE_SCORE) {
            return Verdict.NOT_READY;
        }
        if (!gatesPassed) {
            return Verdict.GATES_FAILED;
        }
        return total >= TARGET_SCORE ? Verdict.TARGET_REACHED : Verdict.CONSIDER_LIVE;
    }

    private static GateResult gate(Gate gate, double measured) {
        return new GateResult(gate, measured, gate.passes(measured));
    }
}
