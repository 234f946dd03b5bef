package org.exhaustionlab.ui.chart;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.exhaustionlab.pine.runtime.strategy.FillPoint;
import org.exhaustionlab.pine.runtime.strategy.StrategyCall;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * The user's backtest defaults (Preferences &gt; ExhaustionLab &gt; Backtest): initial capital, commission in percent
 * and slippage in ticks. They apply where a script's {@code strategy()} call does not set the argument itself.
 *
 * @param capital           initial capital
 * @param commissionPercent commission per fill, percent of the order value
 * @param slippageTicks     slippage in ticks on market and stop fills
 */
public record BacktestDefaults(double capital, double commissionPercent, int slippageTicks) {

    /** Preference node of the workbench bundle, where the preference pages store these. */
    public static final String NODE = "org.exhaustionlab.ui";
    public static final String CAPITAL = "backtest.capital";
    public static final String COMMISSION = "backtest.commissionPercent";
    public static final String SLIPPAGE = "backtest.slippageTicks";
    /** TradingView's own defaults, used until the user sets others. */
    public static final BacktestDefaults TRADINGVIEW = new BacktestDefaults(1_000_000, 0, 0);

    public BacktestDefaults {
        if (!(capital > 0) || commissionPercent < 0 || slippageTicks < 0) {
            throw new IllegalArgumentException("backtest defaults need a positive capital and no negative commission "
                    + "or slippage, got " + capital + ", " + commissionPercent + " %, " + slippageTicks + " ticks");
        }
    }

    /** The defaults from the preferences (TradingView's when unset or when no platform is running). */
    public static BacktestDefaults fromPreferences() {
        try {
            var prefs = Platform.getPreferencesService();
            return new BacktestDefaults(prefs.getDouble(NODE, CAPITAL, TRADINGVIEW.capital, null),
                    prefs.getDouble(NODE, COMMISSION, TRADINGVIEW.commissionPercent, null),
                    prefs.getInt(NODE, SLIPPAGE, TRADINGVIEW.slippageTicks, null));
        } catch (RuntimeException e) {
            return TRADINGVIEW;
        }
    }

    /** {@code host} with these defaults put into the declaration where {@code source}'s strategy() is silent. */
    public StrategyHost applyTo(StrategyHost host, String source) {
        Map<String, Object> fill = new HashMap<>();
        if (!sets(source, "initial_capital")) {
            fill.put("initial_capital", capital);
        }
        if (!sets(source, "commission_value") && !sets(source, "commission_type")) {
            fill.put("commission_type", "strategy.commission.percent");
            fill.put("commission_value", commissionPercent);
        }
        if (!sets(source, "slippage")) {
            fill.put("slippage", (long) slippageTicks);
        }
        return new StrategyHost() {
            @Override
            public void declare(StrategyCall d) {
                Map<String, Object> args = new HashMap<>(d.args());
                args.putAll(fill);
                host.declare(new StrategyCall(d.function(), d.bar(), d.line(), args));
            }

            @Override
            public boolean recalculatesOnFills() {
                return host.recalculatesOnFills();
            }

            @Override
            public FillPoint nextFillPoint(int index) {
                return host.nextFillPoint(index);
            }

            @Override
            public void beforeBar(int index) {
                host.beforeBar(index);
            }

            @Override
            public void finishBarPath(int index) {
                host.finishBarPath(index);
            }

            @Override
            public void afterBar(int index) {
                host.afterBar(index);
            }

            @Override
            public void call(StrategyCall call) {
                host.call(call);
            }

            @Override
            public double variable(String name) {
                return host.variable(name);
            }

            @Override
            public String text(String name) {
                return host.text(name);
            }

            @Override
            public double function(String name, double[] args) {
                return host.function(name, args);
            }
        };
    }

    private static boolean sets(String source, String argument) {
        return Pattern.compile("\\b" + argument + "\\s*=").matcher(source).find();
    }
}
