package org.exhaustionlab.backtest;

import java.util.List;
import java.util.function.Consumer;

/** Test fixture: a broker on a 0.01 tick grid fed hand-made hourly bars. */
final class Sim {
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long HOUR = 3_600_000L;
    final Broker broker;
    int index = -1;

    Sim(StrategyProperties properties) {
        broker = new Broker(properties, 0.01);
    }

    Sim() {
        this(StrategyProperties.defaults());
    }

    /** One bar; {@code script} runs between beginBar and endBar like a Pine script at the close. */
    Sim bar(double open, double high, double low, double close, Consumer<Broker> script) {
        index++;
        broker.beginBar(index, T0 + index * HOUR, open, high, low, close, 0);
        script.accept(broker);
        broker.endBar();
        return this;
    }

    Sim bar(double open, double high, double low, double close) {
        return bar(open, high, low, close, b -> { });
    }

    /** A flat bar at {@code price}. */
    Sim flat(double price, Consumer<Broker> script) {
        return bar(price, price, price, price, script);
    }

    Sim flat(double price) {
        return flat(price, b -> { });
    }

    List<Trade> closed() {
        return broker.result().closedTrades();
    }

    Trade lastClosed() {
        List<Trade> c = closed();
        return c.get(c.size() - 1);
    }

    static void longEntry(Broker b, String id) {
        b.entry(id, Direction.LONG);
    }

    static void entry(Broker b, String id, Direction d, double qty) {
        b.entry(id, d, qty, Double.NaN, Double.NaN, null, null, null, null);
    }
}
