package org.exhaustionlab.backtest;

/**
 * The arguments of {@code strategy.exit(...)} apart from its id. NaN means na / not given. Build with
 * {@link #builder()}: {@code ExitParams.builder().fromEntry("L").profit(100).loss(50).build()}.
 *
 * @param fromEntry    entry id the exit applies to; null or empty = the whole position
 * @param qty          contracts to exit (NaN = all of the entry, or {@code qtyPercent})
 * @param qtyPercent   percent of the entry's open quantity (NaN = 100)
 * @param profit       take-profit distance from the entry price, in ticks
 * @param limit        absolute take-profit price
 * @param loss         stop-loss distance from the entry price, in ticks
 * @param stop         absolute stop-loss price
 * @param trailPrice   absolute trailing-stop activation price
 * @param trailPoints  trailing-stop activation distance from the entry price, in ticks
 * @param trailOffset  trailing-stop distance behind the best price, in ticks
 */
public record ExitParams(String fromEntry, double qty, double qtyPercent, double profit, double limit, double loss,
        double stop, double trailPrice, double trailPoints, double trailOffset, String ocaName, String comment,
        String commentProfit, String commentLoss, String commentTrailing, String alertMessage) {

    public static Builder builder() {
        return new Builder();
    }

    boolean hasTrail() {
        return (!Double.isNaN(trailPrice) || !Double.isNaN(trailPoints)) && !Double.isNaN(trailOffset);
    }

    /** Mutable builder; all values start as na. */
    public static final class Builder {
        private String fromEntry;
        private double qty = Double.NaN;
        private double qtyPercent = Double.NaN;
        private double profit = Double.NaN;
        private double limit = Double.NaN;
        private double loss = Double.NaN;
        private double stop = Double.NaN;
        private double trailPrice = Double.NaN;
        private double trailPoints = Double.NaN;
        private double trailOffset = Double.NaN;
        private String ocaName;
        private String comment;
        private String commentProfit;
        private String commentLoss;
        private String commentTrailing;
        private String alertMessage;

        public Builder fromEntry(String v) { fromEntry = v; return this; }
        public Builder qty(double v) { qty = v; return this; }
        public Builder qtyPercent(double v) { qtyPercent = v; return this; }
        public Builder profit(double ticks) { profit = ticks; return this; }
        public Builder limit(double price) { limit = price; return this; }
        public Builder loss(double ticks) { loss = ticks; return this; }
        public Builder stop(double price) { stop = price; return this; }
        public Builder trailPrice(double price) { trailPrice = price; return this; }
        public Builder trailPoints(double ticks) { trailPoints = ticks; return this; }
        public Builder trailOffset(double ticks) { trailOffset = ticks; return this; }
        public Builder ocaName(String v) { ocaName = v; return this; }
        public Builder comment(String v) { comment = v; return this; }
        public Builder commentProfit(String v) { commentProfit = v; return this; }
        public Builder commentLoss(String v) { commentLoss = v; return this; }
        public Builder commentTrailing(String v) { commentTrailing = v; return this; }
        public Builder alertMessage(String v) { alertMessage = v; return this; }

        public ExitParams build() {
            return new ExitParams(fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints,
                    trailOffset, ocaName, comment, commentProfit, commentLoss, commentTrailing, alertMessage);
        }
    }
}
