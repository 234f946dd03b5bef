package org.exhaustionlab.backtest;

import org.exhaustionlab.market.BarSeries;

/** A strategy written directly in Java against the broker: called once per bar, between beginBar and endBar. */
interface BarScript {
    void onBar(Broker broker, BarSeries bars, int i);

    /** Runs {@code script} over every bar of {@code bars}. */
    static BacktestResult run(BarSeries bars, StrategyProperties props, BarScript script) {
        Broker broker = new Broker(props, bars.symbol());
        for (int i = 0; i < bars.size(); i++) {
            broker.beginBar(i, bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
            script.onBar(broker, bars, i);
            broker.endBar();
        }
        return broker.result();
    }
}
