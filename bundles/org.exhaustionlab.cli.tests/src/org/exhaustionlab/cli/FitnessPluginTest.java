package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.function.BooleanSupplier;

import org.exhaustionlab.optimize.Constraints;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessRegistry;
import org.exhaustionlab.optimize.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Fitness functions as OSGi services: the built-in presets are registered by the optimiser, and a function an
 * add-on registers becomes selectable with {@code optimize --fitness NAME} until its service goes away.
 */
class FitnessPluginTest {

    /** What an add-on would register: net profit per unit of drawdown. */
    static class ProfitPerDrawdown implements FitnessFunction {
        @Override
        public String name() {
            return "TEST_PROFIT_PER_DD";
        }

        @Override
        public String description() {
            return "net profit per percent of drawdown (test add-on)";
        }

        @Override
        public double score(Evaluation e) {
            return new Constraints(1, 80).apply(e, e.metric(Metrics.NET_PROFIT_PCT, 0)
                    / Math.max(1, e.metric(Metrics.MAX_DRAWDOWN_PCT, 0)));
        }
    }

    private final BundleContext context = FrameworkUtil.getBundle(FitnessPluginTest.class).getBundleContext();

    @TempDir
    Path dir;

    private TemporaryHome temporaryHome;

    @BeforeEach
    void useTemporaryHome() {
        temporaryHome = new TemporaryHome(dir.resolve("home"));
    }

    @AfterEach
    void restoreHome() {
        temporaryHome.close();
    }

    @Test
    void builtInPresetsAreRegisteredAsServices() throws Exception {
        await(() -> builtInServices() == 6, "the six built-in presets as FitnessFunction services");
        CliTest.Result list = CliTest.run("optimize", "--list-fitness");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("BALANCED_DEMO") && list.out().contains("SEED_CLASSIC"), list.out());
    }

    @Test
    void anAddOnServiceIsSelectableByNameUntilItGoesAway() throws Exception {
        Path script = dir.resolve("cross.pine");
        Files.writeString(script, OptimizeCommandTest.SCRIPT);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("fitness.name", "TEST_PROFIT_PER_DD");
        ServiceRegistration<FitnessFunction> registration = context.registerService(FitnessFunction.class,
                new ProfitPerDrawdown(), properties);
        try {
            await(() -> FitnessRegistry.names().contains("TEST_PROFIT_PER_DD"), "the tracker installs the add-on");
            CliTest.Result list = CliTest.run("optimize", "--list-fitness");
            assertTrue(list.out().contains("TEST_PROFIT_PER_DD") && list.out().contains("per percent of drawdown"),
                    list.out());
            CliTest.Result run = CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "2000",
                    "--population", "4", "--generations", "1", "--threads", "1", "--fitness", "test-profit-per-dd");
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("fitness TEST_PROFIT_PER_DD"), run.out());
        } finally {
            registration.unregister();
        }
        assertFalse(FitnessRegistry.names().contains("TEST_PROFIT_PER_DD"), "gone with its service");
        CliTest.Result refused = CliTest.run("optimize", script.toString(), "--demo", "BTCUSDT", "--demo-bars", "500",
                "--fitness", "TEST_PROFIT_PER_DD");
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("exhaustionlab: unknown fitness function 'TEST_PROFIT_PER_DD'; installed: "),
                refused.err());
        assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
    }

    @Test
    void anAddOnBreakingTheContractIsLeftOutAndTheOthersKeepWorking() throws Exception {
        FitnessFunction clash = new ProfitPerDrawdown() {
            @Override
            public String name() {
                return "BALANCED";
            }
        };
        ServiceRegistration<FitnessFunction> registration = context.registerService(FitnessFunction.class, clash,
                new Hashtable<String, Object>());
        try {
            assertFalse(FitnessRegistry.addOns().contains(clash));
            CliTest.Result list = CliTest.run("optimize", "--list-fitness");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("BALANCED_RESEARCH"), list.out());
        } finally {
            registration.unregister();
        }
    }

    private long builtInServices() {
        try {
            return context.getServiceReferences(FitnessFunction.class, "(fitness.builtin=true)").stream()
                    .map(ServiceReference::getBundle).filter(b -> "org.exhaustionlab.optimize".equals(b.getSymbolicName()))
                    .count();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
