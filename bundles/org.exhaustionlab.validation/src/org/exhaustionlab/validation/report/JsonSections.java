package org.exhaustionlab.validation.report;

/** JSON for the robustness, overfitting, look-ahead and execution sections (null when a section was not run). */
final class JsonSections {
    private JsonSections() {
    }

    static void figures(JsonOut j, PeriodFigures f) {
        j.beginObject().field("label", f.label()).field("start", f.start()).field("end", f.end()).field("bars", f.bars())
                .field("sharpe", f.sharpe()).field("totalReturn", f.totalReturn()).field("annualisedReturn", f.annualisedReturn())
                .field("maxDrawdown", f.maxDrawdown()).field("trades", f.trades()).field("winRate", f.winRate()).endObject();
    }

    static void outOfSample(JsonOut j, OutOfSampleSplit s) {
        if (s == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("outOfSampleFraction", s.outOfSampleFraction()).field("efficiency", s.efficiency())
                .field("sharpeRetention", s.sharpeRetention());
        figures(j.key("inSample"), s.inSample());
        figures(j.key("outOfSample"), s.outOfSample());
        j.endObject();
    }

    static void walkForward(JsonOut j, WalkForwardSummary w) {
        if (w == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("mode", w.mode()).field("efficiency", w.efficiency()).field("profitableShare", w.profitableShare())
                .field("stitchedReturn", w.stitchedReturn()).key("windows").beginArray();
        for (WalkForwardRow row : w.windows()) {
            j.beginObject().field("index", row.index());
            figures(j.key("inSample"), row.inSample());
            figures(j.key("outOfSample"), row.outOfSample());
            j.endObject();
        }
        j.endArray().endObject();
    }

    static void sharpe(JsonOut j, SharpeSignificance s) {
        if (s == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("period", s.period()).field("periods", s.periods()).field("sharpePerPeriod", s.sharpePerPeriod())
                .field("skewness", s.skewness()).field("kurtosis", s.kurtosis()).field("psr", s.psr()).field("trials", s.trials())
                .field("trialSharpeVariance", s.trialSharpeVariance()).field("expectedMaxSharpe", s.expectedMaxSharpe())
                .field("dsr", s.dsr()).field("deflated", s.deflated()).field("note", s.note()).endObject();
    }

    static void pbo(JsonOut j, PboSummary p) {
        if (p == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("pbo", p.pbo()).field("trials", p.trials()).field("periods", p.periods()).field("blocks", p.blocks())
                .field("combinations", p.combinations()).field("degradationSlope", p.degradationSlope())
                .field("probabilityOfOosLoss", p.probabilityOfOosLoss()).endObject();
    }

    static void lookAhead(JsonOut j, LookAheadFindings f) {
        if (f == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("flagged", f.flagged()).field("firstDifferingBar", f.firstDifferingBar())
                .field("firstDifferingTime", f.firstDifferingTime()).key("prefixLengths").beginArray();
        f.prefixLengths().forEach(n -> j.value((long) n));
        j.endArray().key("differences");
        JsonReportWriter.strings(j, f.differences());
        j.endObject();
    }

    static void execution(JsonOut j, ExecutionEstimates e) {
        if (e == null) {
            j.nullValue();
            return;
        }
        j.beginObject().field("slippage", e.slippage()).field("slippageMethod", e.slippageMethod()).field("latencyMillis", e.latencyMillis())
                .field("latencySource", e.latencySource()).field("signalsPerDay", e.signalsPerDay()).field("tradesPerDay", e.tradesPerDay())
                .endObject();
    }
}
