package org.exhaustionlab.backtest;

/** An order waiting in the broker emulator. Mutable: modified by re-issuing its id, by OCA reduce, by trailing. */
final class PendingOrder {
    enum Kind { ENTRY, ORDER, EXIT, CLOSE, CLOSE_ALL }

    final long seq;
    final Kind kind;
    final String id;
    /** +1 buy, -1 sell for ENTRY/ORDER; for EXIT/CLOSE the side is derived from the trades it closes. */
    int sign;
    /** Contracts; NaN = default size (entries) or "everything" (exits/closes). */
    double qty = Double.NaN;
    double qtyPercent = Double.NaN;
    /** Price legs, already on the tick grid; NaN when absent. */
    double limit = Double.NaN;
    double stop = Double.NaN;
    /** Stop-limit: the stop was reached, the order now works as a limit order. */
    boolean stopTriggered;
    String ocaName;
    OcaType ocaType = OcaType.NONE;
    String comment;
    String alertMessage;
    int placedBar;
    /**
     * Price entries only: the opposite position at placement, which the order also closes. TradingView fixes the
     * reversal quantity when a limit/stop entry is placed (a market entry's at its fill): a limit entry placed while
     * flat only closes an opposite position that opened meanwhile; NaN for market entries.
     */
    double flipExtra = Double.NaN;
    /** Sizing price and equity captured at placement for default-sized market entries. */
    double sizingPrice = Double.NaN;
    double sizingEquity = Double.NaN;

    // strategy.exit only
    ExitParams exit;
    /** The exit's entry has been seen open: once it is flat again the exit is cancelled. */
    boolean armed;
    double trailActivation = Double.NaN;
    boolean trailActive;
    double trailExtreme = Double.NaN;
    double trailStop = Double.NaN;

    PendingOrder(long seq, Kind kind, String id) {
        this.seq = seq;
        this.kind = kind;
        this.id = id;
    }

    boolean isMarket() {
        return kind != Kind.EXIT && Double.isNaN(limit) && Double.isNaN(stop);
    }

    boolean isExit() {
        return kind == Kind.EXIT;
    }

    /** Effective stop price: the fixed stop, or the tighter of it and the trailing stop once active. */
    double effectiveStop() {
        if (!trailActive || Double.isNaN(trailStop)) {
            return stop;
        }
        if (Double.isNaN(stop)) {
            return trailStop;
        }
        return sign > 0 ? Math.min(stop, trailStop) : Math.max(stop, trailStop);
    }

    /** The comment to report for an exit fill by {@code leg}. */
    String exitComment(String leg) {
        if (exit == null) {
            return comment;
        }
        String specific = switch (leg) {
            case "limit" -> exit.commentProfit();
            case "stop" -> exit.commentLoss();
            case "trail" -> exit.commentTrailing();
            default -> null;
        };
        return specific != null ? specific : comment;
    }
}
