package org.exhaustionlab.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WritersTest {

    @Test
    void exportNumbersAsTradingViewWritesThem() {
        assertEquals("1.1295", ExportNumbers.plain(1.1295));
        assertEquals("1", ExportNumbers.plain(1.0));
        assertEquals("3e-05", ExportNumbers.plain(3e-05));
        assertEquals("-0.0003", ExportNumbers.plain(-0.0003));
        assertEquals("0.01", ExportNumbers.money(0.00536));
        assertEquals("0.001", ExportNumbers.money(0.00127));
        assertEquals("0.001", ExportNumbers.money(0.0005));
        assertEquals("0.0005", ExportNumbers.money(0.00046));
        assertEquals("0.004", ExportNumbers.money(0.0034999999999998366));
        assertEquals("-0.003", ExportNumbers.money(-0.0035000000000000586));
        assertEquals("0.0001", ExportNumbers.money(1.500000000000945E-4));
        assertEquals("-1e-05", ExportNumbers.money(-9.999999999843467E-6));
        assertEquals("0", ExportNumbers.money(0));
        assertEquals("-0.67", ExportNumbers.percent(-0.6715));
        assertEquals("0", ExportNumbers.percent(1e-7));
    }

    @Test
    void tradeListRowsEntryThenExitWithOpenTradeLast() {
        Sim s = new Sim(StrategyProperties.builder().initialCapital(1000).build())
                .flat(100, b -> b.entry("L", Direction.LONG, 2, Double.NaN, Double.NaN, null, null, "go, long", null))
                .bar(100, 104, 99, 103, b -> b.close("L")).flat(105, b -> Sim.entry(b, "S", Direction.SHORT, 1))
                .flat(104);
        String csv = TradeListCsv.toCsv(s.broker.result(), ZoneId.of("UTC"));
        String[] lines = csv.split("\n");
        assertEquals(5, lines.length);
        assertEquals(TradeListCsv.header("USD"), lines[0]);
        assertEquals("1,Entry long,2024-01-01T01:00:00+0000,\"go, long\",100,2,200,10,5,10,5,-2,-1,10,1", lines[1]);
        assertEquals("1,Exit long,2024-01-01T02:00:00+0000,L,105,2,200,10,5,10,5,-2,-1,10,1", lines[2]);
        assertEquals("2,Entry short,2024-01-01T03:00:00+0000,S,104,1,104,0,0,0,0,0,0,10,1", lines[3]);
        assertEquals("2,Exit short,2024-01-01T03:00:00+0000,Open,104,1,104,0,0,0,0,0,0,10,1", lines[4]);
    }

    @Test
    void metricsJsonIsWellFormedAndUsesNullForUndefined() {
        Sim s = new Sim().flat(100, b -> Sim.longEntry(b, "L")).flat(101, b -> b.close("L")).flat(103);
        Metrics m = s.broker.result().metrics();
        String json = MetricsJson.toJson(m, "USD");
        assertTrue(json.startsWith("{\n") && json.endsWith("}\n"));
        assertTrue(json.contains("\"netProfit\": 2"), json);
        assertTrue(json.contains("\"profitFactor\": null"), "no losing trade");
        assertTrue(json.contains("\"ratioPeriod\": \"daily\""));
        assertTrue(json.contains("\"dailyReturns\": [\n    {\"start\": \"2024-01-01\""));
        int depth = 0;
        for (char c : json.toCharArray()) {
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            assertTrue(depth >= 0);
        }
        assertEquals(0, depth);
        assertEquals("\"a\\\"b\\n\"", MetricsJson.quote("a\"b\n"));
        assertEquals("1.5", MetricsJson.number(1.5));
        assertEquals("null", MetricsJson.number(Double.POSITIVE_INFINITY));
    }
}
