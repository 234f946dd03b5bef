package org.exhaustionlab.backtest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@link Metrics} as JSON (hand-written, no library): account figures at the top level, {@code all}/{@code long}/
 * {@code short} trade figures named as the {@link TradeStats} components, then {@code dailyReturns} and
 * {@code monthlyReturns} as {@code {"start":"2022-01-03","startEquity":..,"endEquity":..,"return":..}}. Undefined
 * figures (NaN, infinite) are {@code null}.
 */
public final class MetricsJson {
    private MetricsJson() {
    }

    public static String toJson(Metrics m, String currency) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n");
        field(sb, "currency", quote(currency));
        field(sb, "initialCapital", number(m.initialCapital()));
        field(sb, "maxRunup", number(m.maxRunup()));
        field(sb, "maxRunupPercent", number(m.maxRunupPercent()));
        field(sb, "maxDrawdown", number(m.maxDrawdown()));
        field(sb, "maxDrawdownPercent", number(m.maxDrawdownPercent()));
        field(sb, "buyAndHoldReturn", number(m.buyAndHoldReturn()));
        field(sb, "buyAndHoldReturnPercent", number(m.buyAndHoldReturnPercent()));
        field(sb, "sharpeRatio", number(m.sharpeRatio()));
        field(sb, "sortinoRatio", number(m.sortinoRatio()));
        field(sb, "ratioPeriod", quote(m.ratioPeriod()));
        field(sb, "marginCalls", Integer.toString(m.marginCalls()));
        field(sb, "all", stats(m.all()));
        field(sb, "long", stats(m.longs()));
        field(sb, "short", stats(m.shorts()));
        field(sb, "dailyReturns", periods(m.dailyReturns()));
        sb.append("  \"monthlyReturns\": ").append(periods(m.monthlyReturns())).append("\n}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(quote(name)).append(": ").append(value).append(",\n");
    }

    static String stats(TradeStats s) {
        StringBuilder sb = new StringBuilder("{");
        RecordComponent[] components = TradeStats.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object v;
            try {
                v = components[i].getAccessor().invoke(s);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read TradeStats." + components[i].getName(), e);
            }
            sb.append(i == 0 ? "" : ", ").append(quote(components[i].getName())).append(": ")
                    .append(v instanceof Double d ? number(d) : String.valueOf(v));
        }
        return sb.append('}').toString();
    }

    private static String periods(List<PeriodReturn> periods) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < periods.size(); i++) {
            PeriodReturn p = periods.get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"start\": ")
                    .append(quote(Instant.ofEpochMilli(p.start()).atOffset(ZoneOffset.UTC).toLocalDate().toString()))
                    .append(", \"startEquity\": ").append(number(p.startEquity())).append(", \"endEquity\": ")
                    .append(number(p.endEquity())).append(", \"return\": ").append(number(p.returnRate()))
                    .append('}');
        }
        return sb.append(periods.isEmpty() ? "]" : "\n  ]").toString();
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
