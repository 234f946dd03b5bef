package org.exhaustionlab.validation.stats;

import java.time.YearMonth;

/** One cell of a monthly returns table: a calendar month (UTC) and its simple return. */
public record MonthlyReturn(YearMonth month, double returnFraction) {
}
