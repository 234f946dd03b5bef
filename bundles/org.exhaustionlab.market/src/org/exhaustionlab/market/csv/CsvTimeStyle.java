package org.exhaustionlab.market.csv;

/** How {@link CsvBarExporter} writes bar times. */
public enum CsvTimeStyle {
    /** ISO-8601 in UTC, {@code 2024-01-01T00:00:00Z} (milliseconds only when not zero). */
    ISO_UTC,
    /** Epoch milliseconds, {@code 1704067200000}. */
    EPOCH_MS
}
