package org.exhaustionlab.validation.report;

import java.time.Instant;
import java.util.List;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.score.GateResult;
import org.exhaustionlab.validation.score.ProductionRiskLimits;
import org.exhaustionlab.validation.score.ReadinessReport;
import org.exhaustionlab.validation.stats.MonthlyReturn;
import org.exhaustionlab.validation.stats.MonthlyReturns;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/**
 * Everything the Validator found about one strategy, ready for the HTML and JSON writers. Sections that were not run
 * are {@code null} (or an empty list for the cross-market table); the writers say "not run" for them.
 *
 * @param strategyName       the strategy's name as the user gave it (any text; the writers escape it)
 * @param dataDescription    what it was tested on, e.g. "BTCUSDT 1h, 2023-01-01 .. 2024-12-31, 17,520 bars"
 * @param generatedAt        when the report was made
 * @param readiness          score lines, gates, risk limits and verdict
 * @param performance        full-period performance figures
 * @param sharpeBasis        which Sharpe ratio the score uses, in words
 * @param equity             the full-period equity curve (the drawdown series and monthly table derive from it)
 * @param outOfSample        in-sample vs out-of-sample split, or null
 * @param crossMarket        the same strategy on other markets (may be empty)
 * @param walkForward        fixed-parameter walk-forward, or null
 * @param monteCarlo         trade Monte Carlo, or null (e.g. no trades)
 * @param sharpeSignificance PSR / DSR with the trial count, or null
 * @param pbo                probability of backtest overfitting, or null when no trial matrix was supplied
 * @param lookAhead          look-ahead / repaint check, or null when not run
 * @param execution          slippage, latency and signal frequency estimates, or null
 * @param notes              remarks the reader must see (assumptions, sections skipped and why)
 */
public record ValidationReport(String strategyName, String dataDescription, Instant generatedAt, ReadinessReport readiness,
        PerformanceSummary performance, String sharpeBasis, EquityCurve equity, OutOfSampleSplit outOfSample,
        List<PeriodFigures> crossMarket, WalkForwardSummary walkForward, MonteCarloSummary monteCarlo,
        SharpeSignificance sharpeSignificance, PboSummary pbo, LookAheadFindings lookAhead, ExecutionEstimates execution,
        List<String> notes) {

    public ValidationReport {
        if (strategyName == null || readiness == null || performance == null || equity == null || generatedAt == null) {
            throw new IllegalArgumentException("a validation report needs a strategy name, time, readiness report, performance summary and equity curve");
        }
        dataDescription = dataDescription == null ? "" : dataDescription;
        sharpeBasis = sharpeBasis == null ? "" : sharpeBasis;
        crossMarket = crossMarket == null ? List.of() : List.copyOf(crossMarket);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public List<GateResult> gates() {
        return readiness.gates();
    }

    public ProductionRiskLimits riskLimits() {
        return readiness.limits();
    }

    /** Calendar-month returns (UTC) of the equity curve. */
    public List<MonthlyReturn> monthlyReturns() {
        return MonthlyReturns.table(equity);
    }

    /** Drawdown at every equity point as a positive fraction below the running peak (0 at a new high). */
    public double[] drawdownSeries() {
        double[] e = equity.equity();
        double[] dd = new double[e.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.length; i++) {
            peak = Math.max(peak, e[i]);
            dd[i] = (peak - e[i]) / peak;
        }
        return dd;
    }
}
