package org.exhaustionlab.validation.overfit;

import java.util.Arrays;
import java.util.List;

import org.exhaustionlab.validation.ReturnSeries;

/** Builds the T×N matrix CSCV and the reality check expect from one return series per trial. */
public final class TrialMatrix {
    private TrialMatrix() {
    }

    /**
     * Row t, column n = trial n's return in period t. Every trial must cover exactly the same periods: trials
     * evaluated on different data are not comparable.
     */
    public static double[][] of(List<ReturnSeries> trials) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("trial matrix needs at least one trial");
        }
        long[] periods = trials.get(0).periodStart();
        double[][] m = new double[periods.length][trials.size()];
        for (int n = 0; n < trials.size(); n++) {
            ReturnSeries s = trials.get(n);
            if (!Arrays.equals(periods, s.periodStart())) {
                throw new IllegalArgumentException("trial " + n + " covers different periods than trial 0 (" + s.size() + " vs "
                        + periods.length + " periods); run every trial on the same bars");
            }
            double[] r = s.returns();
            for (int t = 0; t < r.length; t++) {
                m[t][n] = r[t];
            }
        }
        return m;
    }
}
