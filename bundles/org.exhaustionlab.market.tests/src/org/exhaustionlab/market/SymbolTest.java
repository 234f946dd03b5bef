package org.exhaustionlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SymbolTest {

    @Test
    void roundsToTheTickWithoutBinaryNoise() {
        Symbol eth = new Symbol("BINANCE", "ETHUSDT", "ETH", "USDT", 0.01, 0.0001);
        assertEquals(3000.13, eth.roundToTick(3000.1250001));
        assertEquals(3000.12, eth.roundToTick(3000.1249));
        assertEquals(0.3, Symbol.roundToStep(0.1 + 0.2, 0.1));
        assertEquals("0.3", Double.toString(Symbol.roundToStep(0.30000000000000004, 0.1)));
        assertEquals(1.06838, Symbol.roundToStep(1.0683799999999999, 0.00001));
        assertEquals(0.4513, Symbol.roundToStep(0.45126, 0.0001));
        assertEquals(41000.25, Symbol.roundToStep(41000.3, 0.25));
        assertEquals(41000.5, Symbol.roundToStep(41000.4, 0.5));
        assertEquals(150, Symbol.roundToStep(147.6, 5));
    }

    @Test
    void ceilAndFloorStayOnGridValues() {
        Symbol ada = Symbol.of("ADAUSDT", 0.0001, 0.1);
        assertEquals(0.4501, ada.ceilToTick(0.45001));
        assertEquals(0.45, ada.floorToTick(0.45009));
        assertEquals(0.45, ada.ceilToTick(0.45)); // already on the grid: unchanged both ways
        assertEquals(0.45, ada.floorToTick(0.45));
        assertEquals(0.3, Symbol.of("X", 0.1, 1).floorToTick(0.1 * 3));
    }

    @Test
    void quantitiesRoundDownToTheLot() {
        Symbol btc = Symbol.of("BTCUSDT", 0.01, 0.00001);
        assertEquals(0.12345, btc.floorToLot(0.123459));
        assertEquals(0.3, Symbol.of("X", 0.01, 0.1).floorToLot(0.30000000000000004));
        assertEquals(0.2, Symbol.of("X", 0.01, 0.1).floorToLot(0.29999));
        // grid values whose division by the step lands just below an integer stay where they are
        Symbol eth = Symbol.of("ETHUSDT", 0.01, 0.0001);
        assertEquals(2363.3538, eth.floorToLot(2363.3538));
        assertEquals(2363.35, eth.roundToTick(2363.3538));
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            double onGrid = Symbol.roundToStep(random.nextDouble() * 100_000, 0.0001);
            assertEquals(onGrid, eth.floorToLot(onGrid));
            assertEquals(onGrid, Symbol.roundToStep(onGrid, 0.0001));
            assertEquals(onGrid, StepRounding.ceil(onGrid, 0.0001));
        }
    }

    @Test
    void splitsKnownQuoteAssets() {
        Symbol sol = Symbol.of("solusdt", 0.01, 0.001);
        assertEquals("SOLUSDT", sol.name());
        assertEquals("SOL", sol.base());
        assertEquals("USDT", sol.quote());
        assertEquals("ETH", Symbol.of("ETHBTC", 0.00001, 0.0001).base());
        assertEquals("", Symbol.of("EURUSDX", 0.00001, 1).quote());
        assertEquals(5, Symbol.of("EURUSD", 0.00001, 1).priceDecimals());
        assertEquals(2, Symbol.of("BTCUSDT", 0.01, 1).priceDecimals());
        assertEquals(0, Symbol.of("X", 5, 1).priceDecimals());
    }

    @Test
    void refusesNonPositiveSteps() {
        assertThrows(IllegalArgumentException.class, () -> Symbol.of("BTCUSDT", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Symbol.of("BTCUSDT", Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Symbol.of("BTCUSDT", 0.01, -1));
        assertThrows(IllegalArgumentException.class, () -> Symbol.of(" ", 0.01, 1));
    }
}
