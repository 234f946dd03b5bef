package org.exhaustionlab.validation.report;

import static org.exhaustionlab.validation.report.Text.esc;
import static org.exhaustionlab.validation.report.Text.num;
import static org.exhaustionlab.validation.report.Text.pct;
import static org.exhaustionlab.validation.report.Text.signedPct;

import java.util.List;

import org.exhaustionlab.validation.Distribution;
import org.exhaustionlab.validation.montecarlo.MonteCarloResult;
import org.exhaustionlab.validation.stats.MonthlyReturn;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/** The report sections after the score: charts, robustness tables, overfitting, look-ahead, execution, limits. */
final class HtmlSections {
    private HtmlSections() {
    }

    static void charts(StringBuilder sb, ValidationReport r) {
        long[] time = r.equity().time();
        PerformanceSummary p = r.performance();
        open(sb, "equity", "Equity curve");
        sb.append("<div class=\"chart\">").append(TimeSeriesChart.equity(time, r.equity().equity())).append("</div>\n");
        sb.append("<p class=\"note\">").append(r.equity().size()).append(" equity points")
                .append(r.equity().size() > TimeSeriesChart.MAX_POINTS ? ", drawn from a min/max decimation that keeps every peak and trough" : "")
                .append(".</p>\n</section>\n");
        open(sb, "drawdown", "Drawdown (underwater)");
        sb.append("<div class=\"chart\">").append(TimeSeriesChart.underwater(time, r.drawdownSeries())).append("</div>\n");
        sb.append("<p class=\"note\">Max drawdown ").append(pct(p.maxDrawdown(), 2)).append(", longest time under water ")
                .append(num(p.maxDrawdownDurationMillis() / 86_400_000.0, 1)).append(" days, average recovery ")
                .append(num(p.averageRecoveryDays(), 1)).append(" days, ulcer index ").append(num(p.ulcerIndex(), 2)).append(".</p>\n</section>\n");
        open(sb, "monthly", "Monthly returns");
        List<MonthlyReturn> months = r.monthlyReturns();
        if (months.isEmpty()) {
            notRun(sb, "not enough data for a monthly table");
        } else {
            sb.append("<div class=\"chart\">").append(MonthlyHeatMap.draw(months)).append("</div>\n");
            sb.append("<p class=\"note\">Calendar months in UTC; the first and last months may be partial. Monthly volatility ")
                    .append(pct(p.monthlyVolatility(), 2)).append(".</p>\n");
        }
        sb.append("</section>\n");
    }

    static void outOfSample(StringBuilder sb, OutOfSampleSplit s) {
        open(sb, "oos", "In sample vs out of sample");
        if (s == null) {
            notRun(sb, "no out-of-sample split was run");
            sb.append("</section>\n");
            return;
        }
        PeriodFigures is = s.inSample();
        PeriodFigures oos = s.outOfSample();
        sb.append("<table>\n<tr><th>Figure</th><th class=\"n\">In sample</th><th class=\"n\">Out of sample (last ")
                .append(pct(s.outOfSampleFraction(), 0)).append(")</th></tr>\n");
        row3(sb, "Period", Text.day(is.start()) + " – " + Text.day(is.end()), Text.day(oos.start()) + " – " + Text.day(oos.end()));
        row3(sb, "Bars", Long.toString(is.bars()), Long.toString(oos.bars()));
        row3(sb, "Total return", signedPct(is.totalReturn(), 2), signedPct(oos.totalReturn(), 2));
        row3(sb, "Annualised return", signedPct(is.annualisedReturn(), 2), signedPct(oos.annualisedReturn(), 2));
        row3(sb, "Sharpe (annualised)", num(is.sharpe(), 2), num(oos.sharpe(), 2));
        row3(sb, "Max drawdown", pct(is.maxDrawdown(), 2), pct(oos.maxDrawdown(), 2));
        row3(sb, "Closed trades", Integer.toString(is.trades()), Integer.toString(oos.trades()));
        row3(sb, "Win rate", pct(is.winRate(), 1), pct(oos.winRate(), 1));
        sb.append("</table>\n<p class=\"note\">Efficiency (annualised OOS / IS return) ").append(num(s.efficiency(), 2))
                .append(", Sharpe retention (OOS / IS) ").append(num(s.sharpeRetention(), 2))
                .append(". Each part was backtested on its own, so indicators warm up again at the start of the out-of-sample part.</p>\n</section>\n");
    }

    static void walkForward(StringBuilder sb, WalkForwardSummary w) {
        open(sb, "walkforward", "Walk-forward (fixed parameters)");
        if (w == null) {
            notRun(sb, "walk-forward was not run");
            sb.append("</section>\n");
            return;
        }
        sb.append("<table>\n<tr><th>#</th><th>In sample</th><th class=\"n\">IS return</th><th class=\"n\">IS Sharpe</th>")
                .append("<th>Out of sample</th><th class=\"n\">OOS return</th><th class=\"n\">OOS Sharpe</th><th class=\"n\">OOS max DD</th>")
                .append("<th class=\"n\">OOS trades</th></tr>\n");
        for (WalkForwardRow row : w.windows()) {
            PeriodFigures is = row.inSample();
            PeriodFigures oos = row.outOfSample();
            sb.append("<tr><td>").append(row.index() + 1).append("</td><td>").append(Text.day(is.start())).append(" – ").append(Text.day(is.end()))
                    .append("</td>").append(signedCell(is.totalReturn())).append("<td class=\"n\">").append(num(is.sharpe(), 2))
                    .append("</td><td>").append(Text.day(oos.start())).append(" – ").append(Text.day(oos.end())).append("</td>")
                    .append(signedCell(oos.totalReturn())).append("<td class=\"n\">").append(num(oos.sharpe(), 2)).append("</td><td class=\"n\">")
                    .append(pct(oos.maxDrawdown(), 1)).append("</td><td class=\"n\">").append(oos.trades()).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Mode ").append(esc(w.mode())).append(". Profitable out-of-sample windows ")
                .append(pct(w.profitableShare(), 0)).append(", stitched out-of-sample return ").append(signedPct(w.stitchedReturn(), 2))
                .append(", walk-forward efficiency ").append(num(w.efficiency(), 2))
                .append(". Parameters are not re-optimised per window (that is the optimiser's job).</p>\n</section>\n");
    }

    static void crossMarket(StringBuilder sb, List<PeriodFigures> markets) {
        open(sb, "crossmarket", "Cross-market stability");
        if (markets.isEmpty()) {
            notRun(sb, "no other markets were supplied");
            sb.append("</section>\n");
            return;
        }
        sb.append("<table>\n<tr><th>Market</th><th>Period</th><th class=\"n\">Bars</th><th class=\"n\">Return</th><th class=\"n\">Annualised</th>")
                .append("<th class=\"n\">Sharpe</th><th class=\"n\">Max DD</th><th class=\"n\">Trades</th><th class=\"n\">Win rate</th></tr>\n");
        long profitable = 0;
        for (PeriodFigures m : markets) {
            profitable += m.profitable() ? 1 : 0;
            sb.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(Text.day(m.start())).append(" – ").append(Text.day(m.end()))
                    .append("</td><td class=\"n\">").append(m.bars()).append("</td>").append(signedCell(m.totalReturn()))
                    .append(signedCell(m.annualisedReturn())).append("<td class=\"n\">").append(num(m.sharpe(), 2)).append("</td><td class=\"n\">")
                    .append(pct(m.maxDrawdown(), 1)).append("</td><td class=\"n\">").append(m.trades()).append("</td><td class=\"n\">")
                    .append(pct(m.winRate(), 1)).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Profitable on ").append(profitable).append(" of ").append(markets.size())
                .append(" other markets with the same parameters.</p>\n</section>\n");
    }

    static void monteCarlo(StringBuilder sb, MonteCarloSummary mc) {
        open(sb, "montecarlo", "Monte Carlo (trades)");
        if (mc == null) {
            notRun(sb, "no closed trades to resample");
            sb.append("</section>\n");
            return;
        }
        sb.append("<div class=\"grid2\">\n<div class=\"chart\"><h3>Max drawdown · trade order permuted</h3>")
                .append(HistogramChart.draw("Max drawdown, trade order permuted", mc.permutation().maxDrawdown(), Palette.RED))
                .append("</div>\n<div class=\"chart\"><h3>Total return · trades bootstrapped</h3>")
                .append(HistogramChart.draw("Total return, trades bootstrapped", mc.bootstrap().totalReturn(), Palette.BLUE))
                .append("</div>\n</div>\n");
        sb.append("<table>\n<tr><th>Distribution</th><th class=\"n\">P5</th><th class=\"n\">P50</th><th class=\"n\">P95</th><th class=\"n\">Worst</th></tr>\n");
        mcRow(sb, "Max drawdown (permutation)", mc.permutation().maxDrawdown(), true);
        mcRow(sb, "Max drawdown (bootstrap)", mc.bootstrap().maxDrawdown(), true);
        mcRow(sb, "Total return (bootstrap)", mc.bootstrap().totalReturn(), false);
        sb.append("</table>\n<p class=\"note\">").append(mc.runs()).append(" runs per method, seed ").append(mc.seed())
                .append(". Probability of ruin (bootstrap) ").append(pct(probabilityOfRuin(mc.bootstrap()), 2))
                .append(", probability of a loss (bootstrap) ").append(pct(mc.bootstrap().totalReturn().fractionBelow(0), 1))
                .append(". Profits are added to the starting capital (fixed position size).</p>\n</section>\n");
    }

    private static double probabilityOfRuin(MonteCarloResult r) {
        return r.ruinProbability();
    }

    private static void mcRow(StringBuilder sb, String label, Distribution d, boolean worstIsMax) {
        sb.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(pct(d.percentile(5), 2)).append("</td><td class=\"n\">")
                .append(pct(d.percentile(50), 2)).append("</td><td class=\"n\">").append(pct(d.percentile(95), 2)).append("</td><td class=\"n\">")
                .append(pct(worstIsMax ? d.max() : d.min(), 2)).append("</td></tr>\n");
    }

    static void overfitting(StringBuilder sb, SharpeSignificance s, PboSummary pbo) {
        open(sb, "overfitting", "Overfitting: probabilistic / deflated Sharpe and PBO");
        if (s == null) {
            notRun(sb, "too few returns for the Sharpe ratio tests");
        } else {
            sb.append("<table>\n");
            row2(sb, "PSR (true Sharpe > 0)", pct(s.psr(), 1));
            row2(sb, "DSR (deflated for " + num(s.trials(), 0) + (s.trials() == 1 ? " trial)" : " trials)"), pct(s.dsr(), 1));
            row2(sb, "Trials N / variance of trial Sharpe ratios", num(s.trials(), 0) + " / " + num(s.trialSharpeVariance(), 6));
            row2(sb, "Expected max Sharpe of N skill-less trials (per period)", num(s.expectedMaxSharpe(), 4));
            row2(sb, "Sharpe per period (" + s.period() + "), T", num(s.sharpePerPeriod(), 4) + ", T = " + s.periods());
            row2(sb, "Skewness / kurtosis", num(s.skewness(), 2) + " / " + num(s.kurtosis(), 2));
            sb.append("</table>\n");
            if (s.note() != null && !s.note().isEmpty()) {
                sb.append("<p class=\"note\">").append(esc(s.note())).append("</p>\n");
            }
        }
        sb.append("<h3>Probability of backtest overfitting (CSCV)</h3>\n");
        if (pbo == null) {
            notRun(sb, "no trial return matrix was supplied, so PBO could not be computed");
        } else {
            sb.append("<table>\n");
            row2(sb, "PBO", pct(pbo.pbo(), 1));
            row2(sb, "Trials × periods", pbo.trials() + " × " + pbo.periods());
            row2(sb, "Blocks / combinations", pbo.blocks() + " / " + pbo.combinations());
            row2(sb, "Performance degradation slope (OOS on IS)", num(pbo.degradationSlope(), 3));
            row2(sb, "Probability of OOS loss", pct(pbo.probabilityOfOosLoss(), 1));
            sb.append("</table>\n");
        }
        sb.append("</section>\n");
    }

    static void lookAhead(StringBuilder sb, LookAheadFindings f) {
        open(sb, "lookahead", "Look-ahead and repaint check");
        if (f == null) {
            notRun(sb, "the look-ahead check was not run");
            sb.append("</section>\n");
            return;
        }
        sb.append("<p>").append(f.flagged() ? "<span class=\"pill fail\">LOOK-AHEAD DETECTED</span>" : "<span class=\"pill pass\">NO LOOK-AHEAD FOUND</span>")
                .append("</p>\n<p class=\"note\">Ran on ").append(f.prefixLengths().size()).append(" growing prefixes (")
                .append(esc(f.prefixLengths().toString())).append(" bars) and compared every signal already emitted.");
        if (f.flagged()) {
            sb.append(" First differing bar: ").append(f.firstDifferingBar()).append(" (").append(esc(Text.minute(java.time.Instant.ofEpochMilli(f.firstDifferingTime()))))
                    .append(").");
        }
        sb.append("</p>\n");
        if (!f.differences().isEmpty()) {
            sb.append("<ul>\n");
            f.differences().forEach(d -> sb.append("<li>").append(esc(d)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    static void execution(StringBuilder sb, ExecutionEstimates e) {
        open(sb, "execution", "Execution estimates");
        if (e == null) {
            notRun(sb, "no execution estimates");
            sb.append("</section>\n");
            return;
        }
        sb.append("<table>\n<tr><th>Figure</th><th class=\"n\">Value</th><th>Basis</th></tr>\n");
        row3wide(sb, "Slippage per fill", pct(e.slippage(), 3), e.slippageMethod());
        row3wide(sb, "Latency", num(e.latencyMillis(), 0) + " ms", e.latencySource());
        row3wide(sb, "Signals per day", num(e.signalsPerDay(), 2), "entry and exit fills per calendar day");
        row3wide(sb, "Closed trades per day", num(e.tradesPerDay(), 2), "compare with the production limit of trades per day");
        sb.append("</table>\n</section>\n");
    }

    private static void row3wide(StringBuilder sb, String label, String value, String basis) {
        sb.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(esc(value)).append("</td><td class=\"rule\">")
                .append(esc(basis)).append("</td></tr>\n");
    }

    static void limitsAndNotes(StringBuilder sb, ValidationReport r) {
        open(sb, "limits", "Production risk limits");
        sb.append("<ul>\n");
        r.riskLimits().describe().forEach(l -> sb.append("<li>").append(esc(l)).append("</li>\n"));
        sb.append("</ul>\n</section>\n");
        open(sb, "notes", "Notes and assumptions");
        if (r.notes().isEmpty()) {
            sb.append("<p class=\"note\">None.</p>\n");
        } else {
            sb.append("<ul>\n");
            r.notes().forEach(n -> sb.append("<li>").append(esc(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    private static void open(StringBuilder sb, String id, String title) {
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private static void notRun(StringBuilder sb, String why) {
        sb.append("<p class=\"note\">Not run: ").append(esc(why)).append(".</p>\n");
    }

    private static void row2(StringBuilder sb, String label, String value) {
        sb.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(esc(value)).append("</td></tr>\n");
    }

    private static void row3(StringBuilder sb, String label, String a, String b) {
        sb.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(esc(a)).append("</td><td class=\"n\">").append(esc(b))
                .append("</td></tr>\n");
    }

    private static String signedCell(double v) {
        String cls = !Double.isFinite(v) || v == 0 ? "n" : v > 0 ? "n pos" : "n neg";
        return "<td class=\"" + cls + "\">" + esc(signedPct(v, 2)) + "</td>";
    }
}
