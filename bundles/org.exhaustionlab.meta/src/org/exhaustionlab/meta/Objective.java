package org.exhaustionlab.meta;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.exhaustionlab.evolution.Directive;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessWeights;
import org.exhaustionlab.optimize.WeightedFitness;

/**
 * The six strategic directives. Each is (1) guidance for the model's prompt, (2) a re-weighting of the run's fitness
 * preset that steers the genetic optimiser the same way, and (3) a "lack" measure in [0, 1] over the population
 * profile: how badly the population needs this directive now (0 = satisfied, 1 = missing entirely). The orchestrator
 * favours the most lacking directive and the bandit learns which of them actually pay off.
 *
 * <p>The seed's six objectives map onto these: HIGH_SHARPE and BALANCED → RAISE_SHARPE, LOW_DRAWDOWN and
 * MINIMIZE_RISK → CUT_DRAWDOWN, CONSISTENT_INCOME → TRADE_FREQUENCY (regular trading) and CROSS_MARKET,
 * MAXIMIZE_RETURNS is the fitness preset's own pnl weight.
 */
public enum Objective {

    /** Better return per unit of volatility. */
    RAISE_SHARPE("Raise the risk-adjusted return: keep the idea but filter out low-quality entries (trend or "
            + "volatility regime filter) and cut losers early, so the Sharpe ratio rises.",
            new double[] { 1, 3, 1.5, 1, 1.5, 1, 1, 1, 1 }),
    /** Smaller peak-to-trough losses. */
    CUT_DRAWDOWN("Cut the maximum drawdown: add a protective stop (ATR or percent), reduce exposure in adverse "
            + "regimes and avoid holding through reversals. Accept a little less return for a much smaller drawdown.",
            new double[] { 0.7, 1.5, 3, 1, 1.5, 1, 1, 1, 1 }),
    /** Trade frequency inside the configured band (default 5-50 trades a day). */
    TRADE_FREQUENCY("Bring the trade frequency into the target band of %s trades per day: loosen or tighten entry "
            + "conditions and exits accordingly, without giving up the edge.",
            new double[] { 1, 1, 1, 1, 1, 4, 1, 1, 1 }),
    /** Works on other markets too, not only the one it was tuned on. */
    CROSS_MARKET("Make the strategy robust across markets (BTC, ETH, SOL, ADA): prefer relative measures (percent, "
            + "ATR multiples, z-scores) over absolute price levels and avoid thresholds tuned to one symbol.",
            new double[] { 1, 1.5, 1.5, 1, 2, 1, 1, 1, 4 }),
    /** Fewer moving parts: less to overfit. */
    SIMPLICITY("Simplify: remove filters and inputs that do not pull their weight, keep at most three indicators "
            + "and a short, readable script. Simpler rules overfit less.",
            new double[] { 1, 1, 1, 1, 2, 1, 1, 1, 1 }),
    /** A different idea from what the population already has. */
    NOVELTY("Try a genuinely different idea from the parent and the examples: another indicator family or entry "
            + "logic (breakout vs reversion vs momentum). Do not return a near copy.",
            new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 });

    /** Trade-frequency band of the issue: 5 to 50 closed trades a day. */
    public static final double BAND_MIN = 5;
    public static final double BAND_MAX = 50;

    private final String guidance;
    private final double[] tilt;

    Objective(String guidance, double[] tilt) {
        this.guidance = guidance;
        this.tilt = tilt;
    }

    public String guidance() {
        return String.format(Locale.ROOT, guidance, (int) BAND_MIN + "-" + (int) BAND_MAX);
    }

    /**
     * The base fitness with this directive's weights multiplied in (pnl, sharpe, drawdown, win rate, consistency,
     * trade frequency, slippage, speed, diversity); TRADE_FREQUENCY also narrows the frequency band to 5-50/day.
     * A base that is not a weighted sum (SEED_CLASSIC) is returned as it is.
     */
    public FitnessFunction fitness(FitnessFunction base) {
        if (!(base instanceof WeightedFitness)) {
            return base;
        }
        WeightedFitness w = (WeightedFitness) base;
        FitnessWeights b = w.weights();
        FitnessWeights tilted = new FitnessWeights(b.pnl() * tilt[0], b.sharpeRatio() * tilt[1],
                b.maxDrawdown() * tilt[2], b.winRate() * tilt[3], b.consistency() * tilt[4],
                b.tradeFrequency() * tilt[5], b.slippageResistance() * tilt[6], b.executionSpeed() * tilt[7],
                b.marketDiversity() * tilt[8]);
        boolean band = this == TRADE_FREQUENCY;
        return new WeightedFitness(w.name() + "+" + name(), tilted, w.constraints(),
                band ? BAND_MIN : w.minTradesPerDay(), band ? BAND_MAX : w.maxTradesPerDay());
    }

    /** How much the population lacks what this directive is about, in [0, 1]. */
    public double lack(PopulationProfile p) {
        if (p.members() == 0) {
            return 1;
        }
        return switch (this) {
            // Strategy Tester Sharpe (monthly): 1.0 is good, -0.5 and below is as bad as it gets
            case RAISE_SHARPE -> clamp01((1.0 - p.bestSharpe()) / 1.5);
            // 5 % drawdown is fine, 25 % is the worst we tolerate
            case CUT_DRAWDOWN -> clamp01((p.bestDrawdownPct() - 5) / 20);
            // distance from the band in decades: ten times too many (or too few) trades = fully lacking
            case TRADE_FREQUENCY -> p.bestTradesPerDay() <= 0 ? 1
                    : p.bestTradesPerDay() < BAND_MIN ? clamp01(Math.log10(BAND_MIN / p.bestTradesPerDay()))
                    : p.bestTradesPerDay() > BAND_MAX ? clamp01(Math.log10(p.bestTradesPerDay() / BAND_MAX)) : 0;
            // not measured (no other markets) = nothing to say
            case CROSS_MARKET -> Double.isNaN(p.crossMarketShare()) ? 0 : clamp01(1 - p.crossMarketShare());
            // the shipped examples have 250-700 AST tokens; beyond ~1000 a script is hard to reason about
            case SIMPLICITY -> clamp01((p.bestComplexity() - 400) / 800.0);
            // members sharing more than half their structure on average means diversity is collapsing
            case NOVELTY -> Double.isNaN(p.meanSimilarity()) ? 1 : clamp01((p.meanSimilarity() - 0.5) / 0.45);
        };
    }

    /** Lack of every directive. */
    public static Map<Objective, Double> lacks(PopulationProfile p) {
        Map<Objective, Double> out = new EnumMap<>(Objective.class);
        for (Objective o : values()) {
            out.put(o, o.lack(p));
        }
        return out;
    }

    /**
     * The evolution directive for a generation: the run's goal, this directive's guidance and, when it lacks
     * something measurable, the figure that shows it.
     */
    public Directive directive(String baseGoal, Set<String> tags, PopulationProfile p) {
        StringBuilder goal = new StringBuilder(baseGoal.strip()).append(" Focus of this generation: ")
                .append(guidance());
        String evidence = evidence(p);
        if (!evidence.isEmpty()) {
            goal.append(" (").append(evidence).append(")");
        }
        return new Directive(goal.toString(), new LinkedHashSet<>(tags));
    }

    private String evidence(PopulationProfile p) {
        if (p.members() == 0) {
            return "";
        }
        return switch (this) {
            case RAISE_SHARPE -> String.format(Locale.ROOT, "the best strategy so far has Sharpe %.2f",
                    p.bestSharpe());
            case CUT_DRAWDOWN -> String.format(Locale.ROOT, "the best strategy so far has a %.1f %% max drawdown",
                    p.bestDrawdownPct());
            case TRADE_FREQUENCY -> String.format(Locale.ROOT, "the best strategy so far trades %.2f times a day",
                    p.bestTradesPerDay());
            case CROSS_MARKET -> Double.isNaN(p.crossMarketShare()) ? ""
                    : String.format(Locale.ROOT, "the best strategy is profitable on %.0f %% of the other markets",
                            100 * p.crossMarketShare());
            case SIMPLICITY -> "the best strategy has " + p.bestComplexity() + " syntax nodes";
            case NOVELTY -> Double.isNaN(p.meanSimilarity()) ? "the population has a single strategy"
                    : String.format(Locale.ROOT, "the population's strategies share %.0f %% of their structure",
                            100 * p.meanSimilarity());
        };
    }

    static double clamp01(double v) {
        return Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v));
    }
}
