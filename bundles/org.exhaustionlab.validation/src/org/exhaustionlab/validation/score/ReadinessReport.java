package org.exhaustionlab.validation.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scored rubric, the gates, the production limits and the verdict. */
public record ReadinessReport(List<ScoreLine> lines, List<GateResult> gates, double total, Verdict verdict, ProductionRiskLimits limits) {

    public ReadinessReport {
        lines = List.copyOf(lines);
        gates = List.copyOf(gates);
    }

    public ScoreLine line(ScoreItem item) {
        return lines.stream().filter(l -> l.item() == item).findFirst().orElseThrow();
    }

    public GateResult gate(Gate gate) {
        return gates.stream().filter(g -> g.gate() == gate).findFirst().orElseThrow();
    }

    public double blockPoints(ScoreBlock block) {
        return lines.stream().filter(l -> l.item().block() == block).mapToDouble(ScoreLine::points).sum();
    }

    public boolean allGatesPassed() {
        return gates.stream().allMatch(GateResult::passed);
    }

    /** Plain-text rendering, one line per rubric line, gate and limit. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (ScoreBlock block : ScoreBlock.values()) {
            out.add(String.format(Locale.ROOT, "%s %.2f / %d", block, blockPoints(block), block.maxPoints()));
            lines.stream().filter(l -> l.item().block() == block).forEach(l -> out.add("  " + l.describe()));
        }
        out.add(String.format(Locale.ROOT, "Total %.2f / 100: %s", total, verdict));
        for (GateResult g : gates) {
            out.add("Gate " + g.gate().label() + " " + g.gate().ruleText() + ": " + g.gate().format(g.measured()) + (g.passed() ? " pass" : " FAIL"));
        }
        limits.describe().forEach(l -> out.add("Limit: " + l));
        return out;
    }
}
