package org.exhaustionlab.validation.report;

import static org.exhaustionlab.validation.report.JsonReader.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.validation.score.ScoreItem;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    @Test
    void parsesAndRoundTripsKeyNumbers() {
        ValidationReport r = ReportFixtures.report("SMA cross", 3000);
        Object doc = JsonReader.parse(JsonReportWriter.toJson(r));
        assertEquals("SMA cross", at(doc, "strategy"));
        assertEquals(r.readiness().total(), (Double) at(doc, "readiness", "total"), 0);
        assertEquals(r.readiness().verdict().name(), at(doc, "readiness", "verdict"));
        assertEquals(r.performance().totalReturn(), (Double) at(doc, "performance", "totalReturn"), 0);
        assertEquals(r.performance().maxDrawdown(), (Double) at(doc, "performance", "maxDrawdown"), 0);
        assertEquals(r.performance().annualisedSharpe(), (Double) at(doc, "performance", "annualisedSharpe"), 0);
        assertEquals(r.pbo().pbo(), (Double) at(doc, "pbo", "pbo"), 0);
        assertEquals(r.sharpeSignificance().dsr(), (Double) at(doc, "sharpeSignificance", "dsr"), 0);
        assertEquals(r.monteCarlo().permutation().maxDrawdown().percentile(95),
                (Double) at(doc, "monteCarlo", "permutation", "maxDrawdown", "p95"), 0);
        assertEquals(1512.0, at(doc, "lookAhead", "firstDifferingBar"));
        assertEquals(r.crossMarket().get(1).label(), at(doc, "crossMarket", 1, "label"));
        List<?> lines = (List<?>) at(doc, "readiness", "lines");
        assertEquals(ScoreItem.values().length, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(r.readiness().lines().get(i).points(), (Double) at(lines.get(i), "points"), 0);
        }
        assertEquals(r.monthlyReturns().size(), ((List<?>) at(doc, "monthlyReturns")).size());
        assertEquals(r.monthlyReturns().get(0).returnFraction(), (Double) at(doc, "monthlyReturns", 0, "return"), 0);
        assertEquals(3000.0, at(doc, "series", "originalPoints"));
    }

    @Test
    void keysComeInAStableOrder() {
        ValidationReport r = ReportFixtures.report("SMA cross", 1000);
        String a = JsonReportWriter.toJson(r);
        assertEquals(a, JsonReportWriter.toJson(r));
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(a);
        assertEquals(List.of("schemaVersion", "strategy", "data", "generatedAt", "readiness", "performance", "sharpeBasis", "outOfSample",
                "crossMarket", "walkForward", "monteCarlo", "sharpeSignificance", "pbo", "lookAhead", "execution", "series",
                "monthlyReturns", "notes"), new ArrayList<>(doc.keySet()));
    }

    @Test
    void nanBecomesNullAndMissingSectionsAreNull() {
        ValidationReport full = ReportFixtures.report("x", 500);
        ValidationReport bare = new ValidationReport("bare", "", full.generatedAt(), full.readiness(), full.performance(), "", full.equity(),
                null, List.of(), null, null,
                new SharpeSignificance("daily", 3, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, Double.NaN, 0, Double.NaN, "n"), null,
                null, null, List.of());
        String json = JsonReportWriter.toJson(bare);
        assertTrue(!json.contains("NaN") && !json.contains("Infinity"), json);
        Object doc = JsonReader.parse(json);
        assertNull(at(doc, "outOfSample"));
        assertNull(at(doc, "monteCarlo"));
        assertNull(at(doc, "pbo"));
        assertNull(at(doc, "sharpeSignificance", "psr"));
        assertNull(at(doc, "sharpeSignificance", "trialSharpeVariance"));
    }

    @Test
    void hostileStringsSurviveTheRoundTrip() {
        String name = "quote \" backslash \\ newline \n tab \t <script> \u0001 ünïcödé";
        Object doc = JsonReader.parse(JsonReportWriter.toJson(ReportFixtures.report(name, 500)));
        assertEquals(name, at(doc, "strategy"));
        assertTrue(!JsonReportWriter.toJson(ReportFixtures.report(name, 500)).contains("<script"));
    }

    @Test
    void longSeriesAreDecimatedKeepingTheEnds() {
        ValidationReport r = ReportFixtures.report("long", 100_000);
        Object doc = JsonReader.parse(JsonReportWriter.toJson(r));
        List<?> times = (List<?>) at(doc, "series", "equity", "time");
        List<?> values = (List<?>) at(doc, "series", "equity", "value");
        assertEquals(times.size(), values.size());
        assertTrue(values.size() <= 1500, "points " + values.size());
        assertEquals((double) r.equity().timeAt(0), (Double) times.get(0), 0);
        assertEquals(r.equity().equityAt(99_999), (Double) values.get(values.size() - 1), 0);
        double deepest = ((List<?>) at(doc, "series", "drawdown", "value")).stream().mapToDouble(v -> (Double) v).max().orElseThrow();
        assertEquals(r.performance().maxDrawdown(), deepest, 1e-12, "the deepest drawdown point is kept");
    }
}
