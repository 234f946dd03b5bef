package org.exhaustionlab.optimize;

import java.util.List;
import java.util.Locale;

/**
 * Named fitness functions (the {@code --fitness-preset} values). Weights are in component order pnl / sharpe_ratio /
 * max_drawdown / win_rate / consistency / trade_frequency / slippage_resistance / execution_speed / market_diversity.
 * <ul>
 * <li>AGGRESSIVE_DEMO — the original's .35/.15/.15/.10/.08/.12/.02/.03/.08 (sums to 1.08); constraints ≥ 5 trades,
 * DD ≤ 35 % (its gates);
 * <li>CONSERVATIVE_PRODUCTION — the original's .15/.30/.25/.20/.08/.05/.10/.05/.15 (sums to 1.33); ≥ 10 trades,
 * DD ≤ 25 % (the pre-production gate);
 * <li>BALANCED_RESEARCH (ours) — .25/.25/.20/.10/.10/.05/.03/0/.02: return and risk-adjusted return equally, the
 * drawdown close behind; execution speed ignored in research; ≥ 5 trades, DD ≤ 50 % (loose, to explore);
 * <li>BALANCED_DEMO (ours) — .30/.20/.18/.10/.08/.08/.02/.02/.02: between research and aggressive demo; ≥ 5 trades,
 * DD ≤ 40 %;
 * <li>LIVE_TRADING_PRODUCTION (ours) — .10/.25/.25/.10/.12/.03/.10/.03/.02: risk and consistency first, slippage
 * matters live; ≥ 20 trades, DD ≤ 20 %;
 * <li>SEED_CLASSIC — the original GA's PnL + Sharpe − Drawdown ({@link SeedClassicFitness}); ≥ 1 trade;
 * <li>aliases: BALANCED → BALANCED_RESEARCH, CONSERVATIVE → CONSERVATIVE_PRODUCTION, AGGRESSIVE → AGGRESSIVE_DEMO.
 * </ul>
 */
public final class FitnessPresets {

    public static final FitnessFunction AGGRESSIVE_DEMO = new WeightedFitness("AGGRESSIVE_DEMO",
            new FitnessWeights(0.35, 0.15, 0.15, 0.10, 0.08, 0.12, 0.02, 0.03, 0.08), new Constraints(5, 35));
    public static final FitnessFunction CONSERVATIVE_PRODUCTION = new WeightedFitness("CONSERVATIVE_PRODUCTION",
            new FitnessWeights(0.15, 0.30, 0.25, 0.20, 0.08, 0.05, 0.10, 0.05, 0.15), new Constraints(10, 25));
    public static final FitnessFunction BALANCED_RESEARCH = new WeightedFitness("BALANCED_RESEARCH",
            new FitnessWeights(0.25, 0.25, 0.20, 0.10, 0.10, 0.05, 0.03, 0.00, 0.02), new Constraints(5, 50));
    public static final FitnessFunction BALANCED_DEMO = new WeightedFitness("BALANCED_DEMO",
            new FitnessWeights(0.30, 0.20, 0.18, 0.10, 0.08, 0.08, 0.02, 0.02, 0.02), new Constraints(5, 40));
    public static final FitnessFunction LIVE_TRADING_PRODUCTION = new WeightedFitness("LIVE_TRADING_PRODUCTION",
            new FitnessWeights(0.10, 0.25, 0.25, 0.10, 0.12, 0.03, 0.10, 0.03, 0.02), new Constraints(20, 20));
    public static final FitnessFunction SEED_CLASSIC = new SeedClassicFitness(new Constraints(1,
            Double.POSITIVE_INFINITY));

    private FitnessPresets() {
    }

    /** The presets themselves, without aliases (under OSGi each is also registered as a FitnessFunction service). */
    public static List<FitnessFunction> all() {
        return List.of(AGGRESSIVE_DEMO, CONSERVATIVE_PRODUCTION, BALANCED_RESEARCH, BALANCED_DEMO,
                LIVE_TRADING_PRODUCTION, SEED_CLASSIC);
    }

    /** Preset names accepted by {@link #byName}, aliases last. */
    public static List<String> names() {
        return List.of("AGGRESSIVE_DEMO", "CONSERVATIVE_PRODUCTION", "BALANCED_RESEARCH", "BALANCED_DEMO",
                "LIVE_TRADING_PRODUCTION", "SEED_CLASSIC", "BALANCED", "CONSERVATIVE", "AGGRESSIVE");
    }

    /** The preset with this name (case-insensitive, '-' = '_'). */
    public static FitnessFunction byName(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "AGGRESSIVE_DEMO", "AGGRESSIVE" -> AGGRESSIVE_DEMO;
            case "CONSERVATIVE_PRODUCTION", "CONSERVATIVE" -> CONSERVATIVE_PRODUCTION;
            case "BALANCED_RESEARCH", "BALANCED" -> BALANCED_RESEARCH;
            case "BALANCED_DEMO" -> BALANCED_DEMO;
            case "LIVE_TRADING_PRODUCTION" -> LIVE_TRADING_PRODUCTION;
            case "SEED_CLASSIC" -> SEED_CLASSIC;
            default -> throw new IllegalArgumentException("unknown fitness preset '" + name + "'; use one of "
                    + names());
        };
    }
}
