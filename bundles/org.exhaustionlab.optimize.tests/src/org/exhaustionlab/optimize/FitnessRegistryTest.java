package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Built-in presets and add-on functions selected by one name; add-ons breaking the contract are refused. */
class FitnessRegistryTest {

    /** An add-on style function: the net profit, with the usual failure and constraint handling. */
    record NetProfit(String name) implements FitnessFunction {
        @Override
        public double score(Evaluation e) {
            return new Constraints(1, 50).apply(e, e.metric(Metrics.NET_PROFIT_PCT, 0));
        }
    }

    private final NetProfit addOn = new NetProfit("NET_PROFIT_ONLY");

    @AfterEach
    void removeAddOns() {
        for (FitnessFunction f : FitnessRegistry.addOns()) {
            FitnessRegistry.uninstall(f);
        }
    }

    @Test
    void builtInsAndAliasesAreAlwaysThere() {
        assertSame(FitnessPresets.BALANCED_RESEARCH, FitnessRegistry.byName("balanced"));
        assertSame(FitnessPresets.SEED_CLASSIC, FitnessRegistry.byName("seed-classic"));
        assertTrue(FitnessRegistry.isBuiltIn("Balanced_Demo"));
        assertEquals(FitnessPresets.names(), FitnessRegistry.names());
        assertEquals(6, FitnessPresets.all().size());
        for (FitnessFunction preset : FitnessPresets.all()) {
            FitnessRegistry.install(preset); // the same instance offered as a service: accepted, changes nothing
        }
        assertEquals(List.of(), FitnessRegistry.addOns());
    }

    @Test
    void anInstalledAddOnIsSelectableByNameUntilUninstalled() {
        FitnessRegistry.install(addOn);
        FitnessRegistry.install(addOn);
        assertSame(addOn, FitnessRegistry.byName("net-profit-only"));
        assertEquals(List.of(addOn), FitnessRegistry.addOns());
        assertTrue(FitnessRegistry.names().contains("NET_PROFIT_ONLY"));
        assertFalse(FitnessRegistry.isBuiltIn("NET_PROFIT_ONLY"));
        Evaluation e = FitnessTest.good();
        assertEquals(50.0, FitnessRegistry.byName("NET_PROFIT_ONLY").score(e), 1e-12);
        assertEquals(FitnessFunction.FAILED, addOn.score(Evaluation.failed("boom")));

        assertTrue(FitnessRegistry.uninstall(addOn));
        assertFalse(FitnessRegistry.uninstall(addOn));
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class,
                () -> FitnessRegistry.byName("NET_PROFIT_ONLY"));
        assertTrue(gone.getMessage().startsWith("unknown fitness function 'NET_PROFIT_ONLY'; installed: AGGRESSIVE_DEMO"),
                gone.getMessage());
    }

    @Test
    void addOnsBreakingTheContractAreRefusedWithTheReason() {
        String lower = assertThrows(IllegalArgumentException.class,
                () -> FitnessRegistry.install(new NetProfit("calmar"))).getMessage();
        assertTrue(lower.contains("'calmar'") && lower.contains("upper-case"), lower);
        String builtIn = assertThrows(IllegalArgumentException.class,
                () -> FitnessRegistry.install(new NetProfit("BALANCED"))).getMessage();
        assertTrue(builtIn.endsWith("BALANCED is a built-in preset"), builtIn);
        FitnessRegistry.install(addOn);
        String taken = assertThrows(IllegalArgumentException.class,
                () -> FitnessRegistry.install(new NetProfit("NET_PROFIT_ONLY"))).getMessage();
        assertTrue(taken.contains("taken by " + NetProfit.class.getName()), taken);
        assertSame(addOn, FitnessRegistry.byName("NET_PROFIT_ONLY"), "the first one stays");
    }
}
