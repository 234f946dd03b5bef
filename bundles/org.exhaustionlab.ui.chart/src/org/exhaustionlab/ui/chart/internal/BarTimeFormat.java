package org.exhaustionlab.ui.chart.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Labels the bar-index axis with the bars' times (UTC). */
final class BarTimeFormat extends Format {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter INTRADAY = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAILY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final transient SwtChartViewer viewer;

    BarTimeFormat(SwtChartViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        if (viewer.data == null || !(obj instanceof Number)) {
            return toAppendTo;
        }
        int bar = (int) Math.round(((Number) obj).doubleValue());
        if (bar < 0 || bar >= viewer.data.bars().size()) {
            return toAppendTo;
        }
        Instant time = Instant.ofEpochMilli(viewer.data.bars().time(bar));
        return toAppendTo.append(viewer.data.bars().timeframe().isIntraday() ? INTRADAY.format(time) : DAILY.format(time));
    }

    static String isoMinute(long epochMs) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(epochMs));
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return null;
    }
}
