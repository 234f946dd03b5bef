package org.exhaustionlab.pine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the shipped data: well-known signatures exactly, and minimum sizes so accidental deletions fail. */
class CatalogDataTest {
    private static final BuiltinCatalog CATALOG = BuiltinCatalog.standard();
    /** Pinned signatures are those of the current language version; v5-only overloads are tested separately. */
    private static final BuiltinCatalog V6 = CATALOG.forVersion(PineVersion.V6);

    private static FunctionSig only(String name) {
        List<FunctionSig> overloads = V6.functions(name);
        assertEquals(1, overloads.size(), name + " overloads: " + overloads);
        return overloads.get(0);
    }

    private static List<String> paramNames(FunctionSig f) {
        return f.params().stream().map(Param::name).toList();
    }

    private static String signature(FunctionSig f) {
        return f.params().stream().map(p -> p.name() + ": " + p.type() + (p.isRequired() ? "" : " = " + p.defaultText()))
                .collect(Collectors.joining(", ", "(", ")")) + " -> " + f.returnType();
    }

    @Test
    void shippedDataLoadsWithoutProblems() {
        assertTrue(CATALOG.entries().size() > 900, "entries: " + CATALOG.entries().size());
        assertEquals(11, BuiltinCatalog.RESOURCES.size(), "every data file is loaded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "ta.sma;(source: series float, length: series int) -> series float",
        "ta.ema;(source: series float, length: simple int) -> series float",
        "ta.rma;(source: series float, length: simple int) -> series float",
        "ta.rsi;(source: series float, length: simple int) -> series float",
        "ta.atr;(length: simple int) -> series float",
        "ta.macd;(source: series float, fastlen: simple int, slowlen: simple int, siglen: simple int)"
            + " -> [series float, series float, series float]",
        "ta.crossover;(source1: series float, source2: series float) -> series bool",
        "ta.crossunder;(source1: series float, source2: series float) -> series bool",
        "ta.bb;(series: series float, length: series int, mult: simple float) -> [series float, series float, series float]",
        "ta.dmi;(diLength: simple int, adxSmoothing: simple int) -> [series float, series float, series float]",
        "ta.supertrend;(factor: series float, atrPeriod: simple int) -> [series float, series float]",
        "ta.stdev;(source: series float, length: series int, biased: series bool = true) -> series float",
        "ta.valuewhen;(condition: series bool, source: series T, occurrence: simple int) -> series T",
        "ta.barssince;(condition: series bool) -> series int",
        "array.get;(id: array<T>, index: series int) -> series T",
        "array.new;(size: series int = 0, initial_value: series T = na) -> array<T>",
        "map.new;() -> map<K, V>",
        "math.pow;(base: series float, exponent: series float) -> series float",
        "strategy.cancel_all;() -> void",
        "request.security;(symbol: series string, timeframe: series string, expression: series T,"
            + " gaps: simple barmerge_gaps = barmerge.gaps_off, lookahead: simple barmerge_lookahead = barmerge.lookahead_off,"
            + " ignore_invalid_symbol: input bool = false, currency: series string = na, calc_bars_count: simple int = na)"
            + " -> series T",
    })
    void wellKnownSignaturesArePinned(String name, String expected) {
        assertEquals(expected, signature(only(name)));
    }

    @Test
    void strategyEntryParameters() {
        FunctionSig entry = only("strategy.entry");
        assertEquals(List.of("id", "direction", "qty", "limit", "stop", "oca_name", "oca_type", "comment",
                "alert_message", "disable_alert"), paramNames(entry));
        assertEquals(2, entry.requiredCount());
        assertEquals(PineType.parse("series strategy_direction"), entry.param("direction").orElseThrow().type());
        assertEquals(paramNames(entry), paramNames(only("strategy.order")));
    }

    @Test
    void strategyExitParameters() {
        FunctionSig exit = only("strategy.exit");
        assertEquals(List.of("id", "from_entry", "qty", "qty_percent", "profit", "limit", "loss", "stop",
                "trail_price", "trail_points", "trail_offset", "oca_name", "comment", "comment_profit", "comment_loss",
                "comment_trailing", "alert_message", "alert_profit", "alert_loss", "alert_trailing", "disable_alert"),
                paramNames(exit));
        assertEquals(1, exit.requiredCount());
    }

    @Test
    void strategyCloseParameters() {
        assertEquals(List.of("id", "comment", "qty", "qty_percent", "alert_message", "immediately", "disable_alert"),
                paramNames(only("strategy.close")));
        assertEquals(List.of("comment", "alert_message", "immediately", "disable_alert"),
                paramNames(only("strategy.close_all")));
    }

    @Test
    void v5KeepsTheDeprecatedWhenParameter() {
        BuiltinCatalog v5 = CATALOG.forVersion(PineVersion.V5);
        FunctionSig oldEntry = v5.functions("strategy.entry").stream().filter(f -> f.param("when").isPresent())
                .findFirst().orElseThrow();
        assertTrue(oldEntry.availability().isDeprecated());
        assertEquals(8, paramNames(oldEntry).indexOf("when"), "when follows comment");
        assertTrue(V6.functions("strategy.entry").stream().noneMatch(f -> f.param("when").isPresent()));
        assertTrue(v5.functions("strategy.close").stream().anyMatch(f -> paramNames(f).indexOf("when") == 1));
    }

    @Test
    void plotParameters() {
        FunctionSig plot = only("plot");
        assertEquals(List.of("series", "title", "color", "linewidth", "style", "trackprice", "histbase", "offset",
                "join", "editable", "show_last", "display", "format", "precision", "force_overlay", "linestyle"),
                paramNames(plot));
        assertEquals(1, plot.requiredCount());
        assertEquals(PineType.parse("input plot_style"), plot.param("style").orElseThrow().type());
        assertEquals(PineType.parse("plot"), plot.returnType());
    }

    @Test
    void inputIntParametersWithBoundsAndWithOptions() {
        List<FunctionSig> overloads = CATALOG.functions("input.int");
        assertEquals(2, overloads.size());
        assertEquals(List.of("defval", "title", "minval", "maxval", "step", "tooltip", "inline", "group", "confirm",
                "display", "active"), paramNames(overloads.get(0)));
        assertEquals(List.of("defval", "title", "options", "tooltip", "inline", "group", "confirm", "display",
                "active"), paramNames(overloads.get(1)));
        assertEquals(PineType.parse("input int"), overloads.get(0).returnType());
        assertEquals(PineType.parse("const int"), overloads.get(0).param("defval").orElseThrow().type());
    }

    @Test
    void strategyDeclarationHasTheBrokerProperties() {
        FunctionSig strategy = only("strategy");
        List<String> names = paramNames(strategy);
        assertEquals(List.of("title", "shorttitle", "overlay", "format", "precision", "scale", "pyramiding",
                "calc_on_order_fills", "calc_on_every_tick", "max_bars_back", "backtest_fill_limits_assumption",
                "default_qty_type", "default_qty_value", "initial_capital", "currency", "slippage", "commission_type",
                "commission_value", "process_orders_on_close", "close_entries_rule", "margin_long", "margin_short"),
                names.subList(0, 22));
        assertEquals("1000000", strategy.param("initial_capital").orElseThrow().defaultText());
        assertEquals("strategy.fixed", strategy.param("default_qty_type").orElseThrow().defaultText());
    }

    @Test
    void closedAndOpenTradeAccessorsTakeATradeNumber() {
        for (String name : List.of("strategy.closedtrades.entry_price", "strategy.closedtrades.exit_bar_index",
                "strategy.closedtrades.profit", "strategy.opentrades.entry_id", "strategy.opentrades.size")) {
            assertEquals(List.of("trade_num"), paramNames(only(name)), name);
        }
        assertTrue(CATALOG.functions("strategy.opentrades.exit_price").isEmpty(), "open trades have no exit");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "close;series float", "bar_index;series int", "last_bar_index;series int", "timenow;series int",
        "syminfo.mintick;simple float", "syminfo.tickerid;simple string", "timeframe.period;simple string",
        "barstate.islast;series bool", "barstate.isconfirmed;series bool", "strategy.position_size;series float",
        "strategy.equity;series float", "ta.tr;series float", "ta.obv;series float", "line.all;array<line>",
    })
    void variablesHaveTheirTypes(String name, String type) {
        ValueSig v = CATALOG.variable(name).orElseThrow(() -> new AssertionError("missing variable " + name));
        assertEquals(PineType.parse(type), v.type());
        assertFalse(v.constant());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "color.red;const color", "strategy.long;const strategy_direction", "strategy.short;const strategy_direction",
        "plot.style_line;const plot_style", "hline.style_dashed;const hline_style", "shape.triangleup;const string",
        "location.belowbar;const string", "size.small;const string", "barmerge.lookahead_on;const barmerge_lookahead",
        "barmerge.gaps_off;const barmerge_gaps", "display.all;const plot_simple_display", "display.pane;const plot_display", "order.ascending;const sort_order",
        "math.pi;const float", "dayofweek.monday;const int", "currency.USD;const string",
        "strategy.oca.cancel;const string", "strategy.commission.percent;const string",
        "strategy.percent_of_equity;const string", "alert.freq_once_per_bar_close;const string",
        "label.style_label_down;const string", "line.style_dashed;const string", "xloc.bar_time;const string",
        "position.top_right;const string", "session.regular;const string", "adjustment.splits;const string",
        "extend.right;const string", "format.percent;const string", "scale.left;const scale_type",
        "font.family_monospace;const string", "text.align_left;const string", "yloc.abovebar;const string",
    })
    void constantsHaveTheirTypes(String name, String type) {
        ValueSig v = CATALOG.constant(name).orElseThrow(() -> new AssertionError("missing constant " + name));
        assertEquals(PineType.parse(type), v.type());
        assertTrue(v.constant());
    }

    @Test
    void commissionPercentIsAConstantNotAFunction() {
        // a frequent LLM mistake: strategy.commission.percent(0.1)
        assertTrue(CATALOG.functions("strategy.commission.percent").isEmpty());
        assertTrue(CATALOG.constant("strategy.commission.percent").isPresent());
    }

    /** Floors per namespace: raise them when adding, never lower them without a reason. */
    @Test
    void namespacesKeepTheirSize() {
        Map<String, Integer> functionFloors = Map.ofEntries(Map.entry("ta", 58), Map.entry("math", 24),
                Map.entry("str", 18), Map.entry("array", 55), Map.entry("map", 11), Map.entry("matrix", 49),
                Map.entry("strategy", 10), Map.entry("strategy.closedtrades", 18), Map.entry("strategy.opentrades", 13),
                Map.entry("strategy.risk", 6), Map.entry("request", 9), Map.entry("input", 13), Map.entry("line", 20),
                Map.entry("label", 20), Map.entry("box", 28), Map.entry("table", 20), Map.entry("ticker", 9),
                Map.entry("color", 7), Map.entry("log", 3), Map.entry("chart.point", 5), Map.entry("linefill", 5));
        functionFloors.forEach((ns, floor) -> {
            long distinct = CATALOG.namespaceMembers(ns).stream().filter(e -> e instanceof FunctionSig)
                    .map(CatalogEntry::name).distinct().count();
            assertTrue(distinct >= floor, ns + " has " + distinct + " functions, expected at least " + floor);
        });
        Map<String, Integer> valueFloors = Map.ofEntries(Map.entry("ta", 10), Map.entry("strategy", 30),
                Map.entry("syminfo", 25), Map.entry("barstate", 7), Map.entry("timeframe", 10), Map.entry("color", 17),
                Map.entry("currency", 40), Map.entry("label", 20), Map.entry("plot", 10), Map.entry("shape", 12),
                Map.entry("display", 6), Map.entry("session", 9), Map.entry("chart", 11), Map.entry("dayofweek", 7));
        valueFloors.forEach((ns, floor) -> {
            long values = CATALOG.namespaceMembers(ns).stream().filter(e -> e instanceof ValueSig).count();
            assertTrue(values >= floor, ns + " has " + values + " variables/constants, expected at least " + floor);
        });
        long functions = CATALOG.entries().stream().filter(e -> e instanceof FunctionSig).count();
        assertTrue(functions >= 500, "functions: " + functions);
    }

    @Test
    void globalBuiltinsArePresent() {
        Set<String> globals = CATALOG.namespaceMemberNames("");
        assertTrue(globals.containsAll(List.of("open", "high", "low", "close", "volume", "hl2", "hlc3", "ohlc4", "hlcc4",
                "time", "time_close", "bar_index", "last_bar_index", "last_bar_time", "timenow", "na", "nz", "fixnan",
                "int", "float", "bool", "string", "color", "plot", "plotshape", "plotchar", "plotarrow", "plotbar",
                "plotcandle", "hline", "fill", "bgcolor", "barcolor", "indicator", "strategy", "library", "alert",
                "alertcondition", "max_bars_back", "timestamp", "year", "month", "weekofyear", "dayofmonth", "dayofweek",
                "hour", "minute", "second", "input")), globals.toString());
    }

    @Test
    void everyFunctionHasADescriptionAndEveryParameterAType() {
        for (CatalogEntry e : CATALOG.entries()) {
            if (e instanceof FunctionSig f) {
                assertFalse(f.doc().isBlank(), "no description: " + f.display());
            }
        }
    }
}
