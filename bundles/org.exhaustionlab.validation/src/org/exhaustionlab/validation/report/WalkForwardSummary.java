package org.exhaustionlab.validation.report;

import java.util.List;

/**
 * Walk-forward with fixed parameters: per-window performance and how consistent it is. Parameter optimisation
 * inside the windows belongs to the optimiser; here every window trades the same strategy.
 *
 * @param mode            "rolling" or "anchored"
 * @param windows         the windows in time order
 * @param efficiency      walk-forward efficiency: CAGR of the stitched OOS curve / average in-sample CAGR (NaN
 *                        when the in-sample return is not positive)
 * @param profitableShare share of out-of-sample windows with a positive return
 * @param stitchedReturn  total return of the stitched out-of-sample curve
 */
public record WalkForwardSummary(String mode, List<WalkForwardRow> windows, double efficiency, double profitableShare,
        double stitchedReturn) {

    public WalkForwardSummary {
        windows = List.copyOf(windows);
    }
}
