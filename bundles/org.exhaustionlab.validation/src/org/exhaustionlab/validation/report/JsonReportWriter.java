package org.exhaustionlab.validation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.exhaustionlab.validation.Distribution;
import org.exhaustionlab.validation.montecarlo.MonteCarloResult;
import org.exhaustionlab.validation.score.GateResult;
import org.exhaustionlab.validation.score.ProductionRiskLimits;
import org.exhaustionlab.validation.score.ReadinessReport;
import org.exhaustionlab.validation.score.ScoreBlock;
import org.exhaustionlab.validation.score.ScoreLine;
import org.exhaustionlab.validation.stats.MonthlyReturn;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/**
 * Writes a {@link ValidationReport} as JSON with the same content as the HTML report. Hand-written, no library:
 * keys appear in a fixed order, fractions stay fractions (0.1 = 10 %), times are epoch milliseconds UTC, NaN and
 * infinities are {@code null}, sections that were not run are {@code null}. The equity and drawdown series are the
 * decimated ones the charts draw ({@code originalPoints} says how many the full curve had).
 */
public final class JsonReportWriter {
    /** Bumped whenever a key is renamed or removed. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReportWriter() {
    }

    public static String toJson(ValidationReport r) {
        JsonOut j = new JsonOut().beginObject();
        j.field("schemaVersion", SCHEMA_VERSION).field("strategy", r.strategyName()).field("data", r.dataDescription())
                .field("generatedAt", r.generatedAt().toString());
        readiness(j.key("readiness"), r.readiness());
        performance(j.key("performance"), r.performance());
        j.field("sharpeBasis", r.sharpeBasis());
        JsonSections.outOfSample(j.key("outOfSample"), r.outOfSample());
        j.key("crossMarket").beginArray();
        r.crossMarket().forEach(m -> JsonSections.figures(j, m));
        j.endArray();
        JsonSections.walkForward(j.key("walkForward"), r.walkForward());
        monteCarlo(j.key("monteCarlo"), r.monteCarlo());
        JsonSections.sharpe(j.key("sharpeSignificance"), r.sharpeSignificance());
        JsonSections.pbo(j.key("pbo"), r.pbo());
        JsonSections.lookAhead(j.key("lookAhead"), r.lookAhead());
        JsonSections.execution(j.key("execution"), r.execution());
        series(j.key("series"), r);
        j.key("monthlyReturns").beginArray();
        for (MonthlyReturn m : r.monthlyReturns()) {
            j.beginObject().field("month", m.month().toString()).field("return", m.returnFraction()).endObject();
        }
        j.endArray();
        j.key("notes").beginArray();
        r.notes().forEach(j::value);
        j.endArray();
        return j.endObject().toString();
    }

    public static void write(ValidationReport r, Path file) throws IOException {
        Files.writeString(file, toJson(r), StandardCharsets.UTF_8);
    }

    private static void readiness(JsonOut j, ReadinessReport rr) {
        j.beginObject().field("total", rr.total()).field("verdict", rr.verdict().name()).field("allGatesPassed", rr.allGatesPassed());
        j.key("blocks").beginArray();
        for (ScoreBlock b : ScoreBlock.values()) {
            j.beginObject().field("block", b.name()).field("points", rr.blockPoints(b)).field("maxPoints", b.maxPoints()).endObject();
        }
        j.endArray().key("lines").beginArray();
        for (ScoreLine l : rr.lines()) {
            j.beginObject().field("item", l.item().name()).field("label", l.item().label()).field("block", l.item().block().name())
                    .field("measured", l.measured()).field("measuredText", l.item().format(l.measured())).field("points", l.points())
                    .field("maxPoints", l.maxPoints()).field("rule", l.item().thresholdText()).endObject();
        }
        j.endArray().key("gates").beginArray();
        for (GateResult g : rr.gates()) {
            j.beginObject().field("gate", g.gate().name()).field("label", g.gate().label()).field("rule", g.gate().ruleText())
                    .field("threshold", g.gate().threshold()).field("measured", g.measured()).field("passed", g.passed()).endObject();
        }
        ProductionRiskLimits lim = rr.limits();
        j.endArray().key("riskLimits").beginObject().field("maxPositionFraction", lim.maxPositionFraction())
                .field("dailyLossLimit", lim.dailyLossLimit()).field("maxCorrelation", lim.maxCorrelation())
                .field("minDailyVolumeUsd", lim.minDailyVolumeUsd()).field("maxTradesPerDay", lim.maxTradesPerDay());
        j.key("text").beginArray();
        lim.describe().forEach(j::value);
        j.endArray().endObject();
        j.endObject();
    }

    private static void performance(JsonOut j, PerformanceSummary p) {
        j.beginObject().field("totalReturn", p.totalReturn()).field("annualisedReturn", p.annualisedReturn())
                .field("annualisedVolatility", p.annualisedVolatility()).field("sharpePerPeriod", p.sharpePerPeriod())
                .field("annualisedSharpe", p.annualisedSharpe()).field("annualisedSortino", p.annualisedSortino()).field("calmar", p.calmar())
                .field("maxDrawdown", p.maxDrawdown()).field("maxDrawdownValue", p.maxDrawdownValue())
                .field("maxDrawdownDurationMillis", p.maxDrawdownDurationMillis()).field("ulcerIndex", p.ulcerIndex())
                .field("averageRecoveryDays", p.averageRecoveryDays()).field("valueAtRisk95", p.valueAtRisk95())
                .field("conditionalValueAtRisk95", p.conditionalValueAtRisk95()).field("monthlyVolatility", p.monthlyVolatility())
                .field("stability", p.stability()).field("trades", p.trades()).field("winRate", p.winRate())
                .field("profitFactor", p.profitFactor()).field("averageWin", p.averageWin()).field("averageLoss", p.averageLoss())
                .field("largestWin", p.largestWin()).field("largestLoss", p.largestLoss()).endObject();
    }

    private static void monteCarlo(JsonOut j, MonteCarloSummary mc) {
        if (mc == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("runs", mc.runs()).field("seed", mc.seed());
        mcResult(j.key("permutation"), mc.permutation());
        mcResult(j.key("bootstrap"), mc.bootstrap());
        j.endObject();
    }

    private static void mcResult(JsonOut j, MonteCarloResult r) {
        j.beginObject().field("method", r.method().name()).field("ruinProbability", r.ruinProbability());
        distribution(j.key("totalReturn"), r.totalReturn());
        distribution(j.key("maxDrawdown"), r.maxDrawdown());
        distribution(j.key("sharpePerTrade"), r.sharpePerTrade());
        j.endObject();
    }

    static final int HISTOGRAM_BINS = 30;

    private static void distribution(JsonOut j, Distribution d) {
        j.beginObject().field("n", d.size()).field("min", d.min()).field("p5", d.percentile(5)).field("p25", d.percentile(25))
                .field("p50", d.percentile(50)).field("p75", d.percentile(75)).field("p95", d.percentile(95)).field("max", d.max())
                .field("mean", d.mean());
        j.key("histogram").beginObject().field("from", d.min()).field("to", d.max()).key("counts").beginArray();
        for (int c : d.histogram(HISTOGRAM_BINS)) {
            j.value(c);
        }
        j.endArray().endObject().endObject();
    }

    private static void series(JsonOut j, ValidationReport r) {
        long[] time = r.equity().time();
        double[] equity = r.equity().equity();
        double[] dd = r.drawdownSeries();
        int[] keepEquity = Decimator.indices(equity, TimeSeriesChart.MAX_POINTS);
        double[] negative = new double[dd.length];
        for (int i = 0; i < dd.length; i++) {
            negative[i] = -dd[i];
        }
        int[] keepDd = Decimator.indices(negative, TimeSeriesChart.MAX_POINTS);
        j.beginObject().field("originalPoints", equity.length);
        j.key("equity").beginObject().array("time", Decimator.pick(time, keepEquity)).array("value", Decimator.pick(equity, keepEquity)).endObject();
        j.key("drawdown").beginObject().array("time", Decimator.pick(time, keepDd)).array("value", Decimator.pick(dd, keepDd)).endObject();
        j.endObject();
    }

    static void strings(JsonOut j, List<String> values) {
        j.beginArray();
        values.forEach(j::value);
        j.endArray();
    }
}
