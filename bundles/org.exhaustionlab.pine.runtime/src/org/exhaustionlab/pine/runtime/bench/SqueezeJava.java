package org.exhaustionlab.pine.runtime.bench;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.lib.PineColor;
import org.exhaustionlab.pine.runtime.ta.Highest;
import org.exhaustionlab.pine.runtime.ta.Linreg;
import org.exhaustionlab.pine.runtime.ta.Lowest;
import org.exhaustionlab.pine.runtime.ta.Sma;
import org.exhaustionlab.pine.runtime.ta.Stdev;
import org.exhaustionlab.pine.runtime.ta.Tr;

/**
 * LazyBear's Squeeze Momentum hand-written in Java with the ta classes: the baseline the interpreter is measured
 * against. Same logic and call sites as squeeze_momentum.pine (including the multKC quirk and the colours).
 */
public final class SqueezeJava {
    private SqueezeJava() {
    }

    /** Output columns: momentum value, squeeze-on flag (1/0), histogram colour and squeeze colour. */
    public record Output(double[] val, double[] sqzOn, long[] barColor, long[] squeezeColor) {
    }

    static final long LIME = PineColor.LIME;
    static final long GREEN = PineColor.GREEN;
    static final long RED = PineColor.RED;
    static final long MAROON = PineColor.MAROON;
    static final long BLUE = PineColor.BLUE;
    static final long BLACK = PineColor.BLACK;
    static final long GRAY = PineColor.GRAY;

    public static Output run(BarSeries bars, int lengthBB, int lengthKC, double multKC, boolean useTrueRange) {
        int n = bars.size();
        double[] high = bars.highs();
        double[] low = bars.lows();
        double[] close = bars.closes();
        Sma basisSma = new Sma();
        Stdev stdev = new Stdev();
        Sma maSma = new Sma();
        Tr tr = new Tr();
        Sma rangeSma = new Sma();
        Highest highest = new Highest();
        Lowest lowest = new Lowest();
        Sma closeSma = new Sma();
        Linreg linreg = new Linreg();
        double[] val = new double[n];
        double[] on = new double[n];
        long[] bcolor = new long[n];
        long[] scolor = new long[n];
        double previous = Double.NaN;
        for (int i = 0; i < n; i++) {
            double src = close[i];
            double basis = basisSma.next(src, lengthBB);
            double dev = multKC * stdev.next(src, lengthBB);
            double upperBB = basis + dev;
            double lowerBB = basis - dev;
            double ma = maSma.next(src, lengthKC);
            double trueRange = tr.next(false, high[i], low[i], close[i]);
            double range = useTrueRange ? trueRange : high[i] - low[i];
            double rangema = rangeSma.next(range, lengthKC);
            double upperKC = ma + rangema * multKC;
            double lowerKC = ma - rangema * multKC;
            boolean sqzOn = lowerBB > lowerKC && upperBB < upperKC;
            boolean sqzOff = lowerBB < lowerKC && upperBB > upperKC;
            boolean noSqz = !sqzOn && !sqzOff;
            double mid = ((highest.next(high[i], lengthKC) + lowest.next(low[i], lengthKC)) / 2
                    + closeSma.next(close[i], lengthKC)) / 2;
            double v = linreg.next(src - mid, lengthKC, 0);
            double prev = Double.isNaN(previous) ? 0 : previous;
            val[i] = v;
            on[i] = sqzOn ? 1 : 0;
            bcolor[i] = v > 0 ? (v > prev ? LIME : GREEN) : (v < prev ? RED : MAROON);
            scolor[i] = noSqz ? BLUE : sqzOn ? BLACK : GRAY;
            previous = v;
        }
        return new Output(val, on, bcolor, scolor);
    }
}
