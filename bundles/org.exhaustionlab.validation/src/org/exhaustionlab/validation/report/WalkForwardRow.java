package org.exhaustionlab.validation.report;

/** One walk-forward window: the in-sample run and the out-of-sample run that follows it (same fixed parameters). */
public record WalkForwardRow(int index, PeriodFigures inSample, PeriodFigures outOfSample) {
}
