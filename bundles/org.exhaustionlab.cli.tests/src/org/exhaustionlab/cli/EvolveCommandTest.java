package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhaustionlab evolve}: with no model reachable it falls back to the GA with a clear notice. */
class EvolveCommandTest {

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
    void unreachableModelFallsBackToTheGaAndWritesTheBestStrategy() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path best = dir.resolve("best.pine");
        CliTest.Result result = CliTest.run("evolve", "--llm", "--provider", "lmstudio", "--base-url",
                "http://127.0.0.1:" + closedPort + "/v1", "--population-size", "4", "--generations", "2",
                "--demo", "BTCUSDT", "--demo-bars", "20000", "--out", best.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.err().contains("notice: Falling back to GA-only"), result.err());
        assertTrue(result.out().contains("mode used: GA"), result.out());
        assertTrue(Files.readString(best).contains("strategy("), "the best strategy is written");
    }
}
