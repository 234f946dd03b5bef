package org.exhaustionlab.validation.report;

import static org.exhaustionlab.validation.report.Text.esc;
import static org.exhaustionlab.validation.report.Text.num;
import static org.exhaustionlab.validation.report.Text.pct;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.exhaustionlab.validation.score.GateResult;
import org.exhaustionlab.validation.score.ReadinessReport;
import org.exhaustionlab.validation.score.ScoreBlock;
import org.exhaustionlab.validation.score.ScoreLine;
import org.exhaustionlab.validation.score.Verdict;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/**
 * Writes a {@link ValidationReport} as one self-contained HTML file: inline CSS, inline SVG charts, no scripts and no
 * external resources, so it opens offline and can be archived or mailed as is. Every piece of text from the report
 * (strategy name, notes, market names) is escaped. The document is well-formed XML (XHTML syntax inside an HTML5
 * doctype). Sections, in order: header with verdict badge, key figures, score breakdown, gates, equity, drawdown,
 * monthly returns, in-sample vs out-of-sample, walk-forward, cross-market, Monte Carlo, overfitting (PSR/DSR/PBO),
 * look-ahead, execution, risk limits, notes. Each section has a stable {@code id}.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    public static String toHtml(ValidationReport r) {
        StringBuilder sb = new StringBuilder(256 * 1024);
        HtmlPage.open(sb, "Validation report · " + r.strategyName());
        header(sb, r);
        keyFigures(sb, r);
        scoreBreakdown(sb, r.readiness());
        gates(sb, r.readiness());
        HtmlSections.charts(sb, r);
        HtmlSections.outOfSample(sb, r.outOfSample());
        HtmlSections.walkForward(sb, r.walkForward());
        HtmlSections.crossMarket(sb, r.crossMarket());
        HtmlSections.monteCarlo(sb, r.monteCarlo());
        HtmlSections.overfitting(sb, r.sharpeSignificance(), r.pbo());
        HtmlSections.lookAhead(sb, r.lookAhead());
        HtmlSections.execution(sb, r.execution());
        HtmlSections.limitsAndNotes(sb, r);
        HtmlPage.close(sb);
        return sb.toString();
    }

    /** Writes the report as UTF-8, replacing the file. */
    public static void write(ValidationReport r, Path file) throws IOException {
        Files.writeString(file, toHtml(r), StandardCharsets.UTF_8);
    }

    static String verdictText(Verdict v) {
        return switch (v) {
            case NOT_READY -> "Not ready";
            case GATES_FAILED -> "Gates failed";
            case CONSIDER_LIVE -> "Consider live";
            case TARGET_REACHED -> "Target reached";
        };
    }

    static String verdictColour(Verdict v) {
        return switch (v) {
            case NOT_READY -> Palette.RED;
            case GATES_FAILED -> Palette.AMBER;
            case CONSIDER_LIVE -> Palette.BLUE;
            case TARGET_REACHED -> Palette.GREEN;
        };
    }

    private static void header(StringBuilder sb, ValidationReport r) {
        ReadinessReport rr = r.readiness();
        long passed = rr.gates().stream().filter(GateResult::passed).count();
        sb.append("<header class=\"top\" id=\"header\">\n<div>\n<div class=\"sub\">Strategy validation report</div>\n")
                .append("<h1>").append(esc(r.strategyName())).append("</h1>\n")
                .append("<div class=\"sub\">").append(esc(r.dataDescription())).append("</div>\n")
                .append("<div class=\"sub\">Generated ").append(esc(Text.minute(r.generatedAt()))).append("</div>\n</div>\n")
                .append("<div class=\"badge\" id=\"verdict\" style=\"background:").append(verdictColour(rr.verdict())).append("\">")
                .append("<div class=\"score\">").append(num(rr.total(), 1)).append("<span class=\"of\"> / 100</span></div>")
                .append("<div class=\"verdict\">").append(esc(verdictText(rr.verdict()))).append("</div>")
                .append("<div class=\"gates\">").append(passed).append(" of ").append(rr.gates().size()).append(" gates passed</div>")
                .append("</div>\n</header>\n");
    }

    private static void keyFigures(StringBuilder sb, ValidationReport r) {
        PerformanceSummary p = r.performance();
        sb.append("<section id=\"summary\">\n<h2>Key figures (full period)</h2>\n<div class=\"kpis\">\n");
        kpi(sb, "Total return", Text.signedPct(p.totalReturn(), 1), p.totalReturn());
        kpi(sb, "Annualised return", Text.signedPct(p.annualisedReturn(), 1), p.annualisedReturn());
        kpi(sb, "Sharpe (annualised)", num(p.annualisedSharpe(), 2), p.annualisedSharpe());
        kpi(sb, "Sortino (annualised)", num(p.annualisedSortino(), 2), p.annualisedSortino());
        kpi(sb, "Max drawdown", pct(p.maxDrawdown(), 1), -p.maxDrawdown());
        kpi(sb, "Win rate", pct(p.winRate(), 1), Double.NaN);
        kpi(sb, "Profit factor", num(p.profitFactor(), 2), Double.NaN);
        kpi(sb, "Closed trades", Integer.toString(p.trades()), Double.NaN);
        kpi(sb, "Calmar", num(p.calmar(), 2), Double.NaN);
        kpi(sb, "Monthly volatility", pct(p.monthlyVolatility(), 1), Double.NaN);
        kpi(sb, "Avg recovery", num(p.averageRecoveryDays(), 1) + " days", Double.NaN);
        kpi(sb, "VaR 95 % / CVaR 95 % (per bar)", pct(p.valueAtRisk95(), 2) + " / " + pct(p.conditionalValueAtRisk95(), 2), Double.NaN);
        sb.append("</div>\n");
        if (!r.sharpeBasis().isEmpty()) {
            sb.append("<p class=\"note\">Sharpe basis: ").append(esc(r.sharpeBasis())).append("</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void kpi(StringBuilder sb, String label, String value, double sign) {
        String cls = !(Double.isFinite(sign)) || sign == 0 ? "v" : sign > 0 ? "v pos" : "v neg";
        sb.append("<div class=\"kpi\"><div class=\"l\">").append(esc(label)).append("</div><div class=\"").append(cls).append("\">")
                .append(esc(value)).append("</div></div>\n");
    }

    private static void scoreBreakdown(StringBuilder sb, ReadinessReport rr) {
        sb.append("<section id=\"score\">\n<h2>Readiness score breakdown</h2>\n<table>\n")
                .append("<tr><th>Item</th><th class=\"n\">Measured</th><th>Rule</th><th>Points</th><th class=\"n\">Score</th></tr>\n");
        for (ScoreBlock block : ScoreBlock.values()) {
            String name = block.name().charAt(0) + block.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            sb.append("<tr class=\"block\"><td colspan=\"4\">").append(esc(name)).append("</td><td class=\"n\">")
                    .append(num(rr.blockPoints(block), 1)).append(" / ").append(block.maxPoints()).append("</td></tr>\n");
            for (ScoreLine line : rr.lines()) {
                if (line.item().block() != block) {
                    continue;
                }
                double share = line.points() / line.maxPoints();
                String colour = share >= 0.999 ? Palette.GREEN : share >= 0.5 ? Palette.BLUE : share > 0 ? Palette.AMBER : Palette.RED;
                sb.append("<tr><td>").append(esc(line.item().label())).append("</td><td class=\"n\">")
                        .append(esc(line.item().format(line.measured()))).append("</td><td class=\"rule\">")
                        .append(esc(line.item().thresholdText())).append("</td><td><div class=\"bar\"><span style=\"width:")
                        .append(Text.coord(100 * share)).append("%;background:").append(colour).append("\"></span></div></td><td class=\"n\">")
                        .append(num(line.points(), 2)).append(" / ").append(num(line.maxPoints(), 0)).append("</td></tr>\n");
            }
        }
        sb.append("<tr class=\"block\"><td colspan=\"4\">Total</td><td class=\"n\">").append(num(rr.total(), 2)).append(" / 100</td></tr>\n");
        sb.append("</table>\n<p class=\"note\">Points scale linearly between the zero and the full-points value; 70 or more to consider "
                + "live deployment, 80 is the target. Not measured lines earn 0 points.</p>\n</section>\n");
    }

    private static void gates(StringBuilder sb, ReadinessReport rr) {
        sb.append("<section id=\"gates\">\n<h2>Pre-production gates</h2>\n<table>\n")
                .append("<tr><th>Gate</th><th>Rule</th><th class=\"n\">Measured</th><th>Result</th></tr>\n");
        for (GateResult g : rr.gates()) {
            sb.append("<tr><td>").append(esc(g.gate().label())).append("</td><td>").append(esc(g.gate().ruleText()))
                    .append("</td><td class=\"n\">").append(esc(g.gate().format(g.measured()))).append("</td><td>")
                    .append(g.passed() ? "<span class=\"pill pass\">PASS</span>" : "<span class=\"pill fail\">FAIL</span>")
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Every gate must pass before live deployment is considered, whatever the score.</p>\n</section>\n");
    }
}
