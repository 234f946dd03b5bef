package org.exhaustionlab.backtest;

import java.util.Objects;

/**
 * The {@code strategy(...)} declaration arguments that drive the broker emulator, with TradingView's v6 defaults.
 * Build with {@link #builder()}; unset values keep the defaults.
 *
 * @param initialCapital             {@code initial_capital}, default 1,000,000
 * @param currency                   {@code currency}; reporting only (no conversion is done), default "USD"
 * @param defaultQtyType             {@code default_qty_type}, default fixed
 * @param defaultQtyValue            {@code default_qty_value}, default 1
 * @param commissionType             {@code commission_type}, default percent
 * @param commissionValue            {@code commission_value}, default 0
 * @param slippageTicks              {@code slippage} in ticks, applied to market and stop fills, default 0
 * @param pyramiding                 {@code pyramiding}: max entries in one direction (0 counts as 1), default 1
 * @param processOrdersOnClose       {@code process_orders_on_close}: market orders fill at the close of their bar
 * @param closeEntriesRule           {@code close_entries_rule}, default FIFO
 * @param marginLong                 {@code margin_long} percent, default 100 (0 = margin calls off)
 * @param marginShort                {@code margin_short} percent, default 100 (0 = margin calls off)
 * @param calcOnOrderFills           {@code calc_on_order_fills}: the broker walks each bar in steps (see
 *                                   {@link Broker#nextFillPoint()}) and the script re-runs at fills
 * @param calcOnEveryTick            {@code calc_on_every_tick}: no effect on historical bars
 * @param useBarMagnifier            {@code use_bar_magnifier}: NOT supported, recorded so the caller can warn
 * @param fillLimitsAssumptionTicks  {@code backtest_fill_limits_assumption}: ticks a limit must be crossed by
 * @param pointValue                 {@code syminfo.pointvalue}: money per 1.0 price move per contract, default 1
 * @param qtyStep                    quantity grid computed sizes are floored to (0 = none); explicit qty is kept
 * @param risk                       the {@code strategy.risk.*} rules
 */
public record StrategyProperties(double initialCapital, String currency, QtyType defaultQtyType,
        double defaultQtyValue, CommissionType commissionType, double commissionValue, int slippageTicks,
        int pyramiding, boolean processOrdersOnClose, CloseEntriesRule closeEntriesRule, double marginLong,
        double marginShort, boolean calcOnOrderFills, boolean calcOnEveryTick, boolean useBarMagnifier,
        int fillLimitsAssumptionTicks, double pointValue, double qtyStep, RiskRules risk) {

    public StrategyProperties {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(defaultQtyType, "defaultQtyType");
        Objects.requireNonNull(commissionType, "commissionType");
        Objects.requireNonNull(closeEntriesRule, "closeEntriesRule");
        Objects.requireNonNull(risk, "risk");
        if (!(initialCapital > 0)) {
            throw new IllegalArgumentException("strategy initial_capital must be positive, got " + initialCapital);
        }
        if (!(defaultQtyValue > 0)) {
            throw new IllegalArgumentException("strategy default_qty_value must be positive, got " + defaultQtyValue);
        }
        if (commissionValue < 0 || slippageTicks < 0 || pyramiding < 0 || fillLimitsAssumptionTicks < 0) {
            throw new IllegalArgumentException("strategy commission_value, slippage, pyramiding and "
                    + "backtest_fill_limits_assumption must not be negative");
        }
        if (marginLong < 0 || marginShort < 0) {
            throw new IllegalArgumentException("strategy margin_long/margin_short must not be negative");
        }
        if (!(pointValue > 0) || qtyStep < 0) {
            throw new IllegalArgumentException("point value must be positive and qty step not negative");
        }
    }

    /** TradingView's defaults. */
    public static StrategyProperties defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Max entries per direction; pyramiding 0 behaves as 1. */
    int maxEntries() {
        return Math.max(1, pyramiding);
    }

    /** Mutable builder; every setter returns {@code this}. */
    public static final class Builder {
        private double initialCapital = 1_000_000;
        private String currency = "USD";
        private QtyType defaultQtyType = QtyType.FIXED;
        private double defaultQtyValue = 1;
        private CommissionType commissionType = CommissionType.PERCENT;
        private double commissionValue;
        private int slippageTicks;
        private int pyramiding = 1;
        private boolean processOrdersOnClose;
        private CloseEntriesRule closeEntriesRule = CloseEntriesRule.FIFO;
        private double marginLong = 100;
        private double marginShort = 100;
        private boolean calcOnOrderFills;
        private boolean calcOnEveryTick;
        private boolean useBarMagnifier;
        private int fillLimitsAssumptionTicks;
        private double pointValue = 1;
        private double qtyStep;
        private RiskRules risk = RiskRules.NONE;

        public Builder initialCapital(double v) { initialCapital = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder defaultQty(QtyType type, double value) { defaultQtyType = type; defaultQtyValue = value; return this; }
        public Builder commission(CommissionType type, double value) { commissionType = type; commissionValue = value; return this; }
        public Builder slippageTicks(int v) { slippageTicks = v; return this; }
        public Builder pyramiding(int v) { pyramiding = v; return this; }
        public Builder processOrdersOnClose(boolean v) { processOrdersOnClose = v; return this; }
        public Builder closeEntriesRule(CloseEntriesRule v) { closeEntriesRule = v; return this; }
        public Builder margin(double longPercent, double shortPercent) { marginLong = longPercent; marginShort = shortPercent; return this; }
        public Builder calcOnOrderFills(boolean v) { calcOnOrderFills = v; return this; }
        public Builder calcOnEveryTick(boolean v) { calcOnEveryTick = v; return this; }
        public Builder useBarMagnifier(boolean v) { useBarMagnifier = v; return this; }
        public Builder fillLimitsAssumptionTicks(int v) { fillLimitsAssumptionTicks = v; return this; }
        public Builder pointValue(double v) { pointValue = v; return this; }
        public Builder qtyStep(double v) { qtyStep = v; return this; }
        public Builder risk(RiskRules v) { risk = v; return this; }

        public StrategyProperties build() {
            return new StrategyProperties(initialCapital, currency, defaultQtyType, defaultQtyValue, commissionType,
                    commissionValue, slippageTicks, pyramiding, processOrdersOnClose, closeEntriesRule, marginLong,
                    marginShort, calcOnOrderFills, calcOnEveryTick, useBarMagnifier, fillLimitsAssumptionTicks,
                    pointValue, qtyStep, risk);
        }
    }
}
