package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.DoubleStream;

import org.exhaustionlab.validation.Direction;
import org.exhaustionlab.validation.TradeOutcome;
import org.junit.jupiter.api.Test;

class TradeStatisticsTest {

    static List<TradeOutcome> trades(double... profits) {
        return DoubleStream.of(profits).mapToObj(p -> new TradeOutcome(0, 1, Direction.LONG, 1000, p)).toList();
    }

    @Test
    void winRateAndProfitFactor() {
        TradeStatistics s = TradeStatistics.of(trades(10, -5, 20, 0, -5));
        assertEquals(0.4, s.winRate(), 1e-15); // 2 of 5; break-even is not a win
        assertEquals(3.0, s.profitFactor(), 1e-15); // 30 / 10
        assertEquals(20.0, s.netProfit(), 1e-12);
        assertEquals(15.0, s.averageWin(), 1e-12);
        assertEquals(10.0 / 3, s.averageLoss(), 1e-12);
    }

    @Test
    void edgeCases() {
        assertEquals(Double.POSITIVE_INFINITY, TradeStatistics.of(trades(1, 2)).profitFactor());
        assertTrue(Double.isNaN(TradeStatistics.of(List.of()).winRate()));
        assertTrue(Double.isNaN(TradeStatistics.of(List.of()).profitFactor()));
    }
}
