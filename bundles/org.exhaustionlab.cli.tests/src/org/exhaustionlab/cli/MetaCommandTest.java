package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.store.MarketStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code exhaustionlab meta} end to end on small demo data: report, --json, --apply, --resume, usage errors. */
class MetaCommandTest {

    @TempDir
    Path dir;

    private String oldHome;
    private String oldPine;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void temporaryHome() {
        oldHome = System.setProperty("exhaustionlab.home", dir.resolve("home").toString());
        Path pine = pineFolder();
        oldPine = pine == null ? System.getProperty("exhaustionlab.pine")
                : System.setProperty("exhaustionlab.pine", pine.toString());
    }

    @AfterEach
    void restore() {
        restore("exhaustionlab.home", oldHome);
        restore("exhaustionlab.pine", oldPine);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static Path pineFolder() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("exhaustionlab.pine");
        if (configured != null) {
            candidates.add(configured);
        }
        candidates.addAll(List.of("../../pine", "../pine", "pine", "../../../pine"));
        for (String c : candidates) {
            if (Files.isRegularFile(Path.of(c, "examples", "index.tsv"))) {
                return Path.of(c).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** The command as {@link Cli#run} executes it: usage problems and bad input exit 2 with one line. */
    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new MetaCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("exhaustionlab: " + String.valueOf(ex.getMessage()).replace('\n', ' '));
            return ex instanceof UsageException || ex instanceof IOException ? Cli.BAD_INPUT : Cli.FAILED;
        });
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static final String[] SMALL = { "--demo", "BTCUSDT", "--demo-bars", "4000", "--market-focus", "MAJORS" };

    private static String[] with(String... more) {
        List<String> all = new ArrayList<>(List.of(SMALL));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    @Test
    void aShortRunReportsAppliesAndResumes() throws Exception {
        Path best = dir.resolve("best.pine");
        Result r = execute(with("--strategy-type", "TREND", "--generations", "2", "--intelligence", "0.9", "--apply", "--out", best.toString()));

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("meta run 1: TREND on BTCUSDT 1m (4,000 bars), 2 generations"), r.out());
        assertTrue(r.out().contains("gen 1 GA "), r.out());
        assertTrue(r.out().contains("what the bandits learned"), r.out());
        assertTrue(r.err().contains("notice: no language model configured"), r.err());
        assertTrue(Files.readString(best).contains("strategy("));
        assertTrue(r.out().contains("applied: "), r.out());
        try (MarketStore store = MarketStore.open(dir.resolve("home"))) {
            assertEquals("finished", store.registry().runStatus(1));
            assertTrue(store.registry().trials(1).size() > 2);
        }

        Result again = execute(with("--resume", "1", "--json"));
        assertEquals(0, again.code(), again.err());
        JsonNode report = new ObjectMapper().readTree(again.out());
        assertEquals(2, report.path("generations").size());
        assertTrue(report.path("finished").asBoolean());
        assertTrue(again.err().contains("resuming meta run 1 after generation 2 of 2"), again.err());
    }

    @Test
    void badInputIsAOneLineErrorWithExitCode2() {
        Result intelligence = execute(with("--intelligence", "1.5", "--strategy-type", "TREND"));
        assertEquals(2, intelligence.code());
        assertEquals("exhaustionlab: intelligence must be between 0 and 1, got 1.5", intelligence.err().strip());
        Result type = execute(with("--strategy-type", "WIZARDRY"));
        assertEquals(2, type.code());
        assertTrue(type.err().contains("unknown strategy type 'WIZARDRY'"), type.err());
        Result resume = execute(with("--resume", "99"));
        assertEquals(2, resume.code());
        assertEquals(1, resume.err().strip().split("\n").length, resume.err());
        assertTrue(resume.err().contains("there is no meta run 99"), resume.err());
        assertEquals(2, execute("--generations", "ten").code(), "picocli rejects a malformed number");
    }

    @Test
    void anUnreachableModelFallsBackToTheGa() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Result r = execute(with("--llm", "--provider", "lmstudio", "--base-url", "http://127.0.0.1:" + port + "/v1",
                "--strategy-type", "TREND", "--generations", "1"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("notice: Falling back to GA-only: LM Studio is not reachable"), r.err());
        assertTrue(r.out().contains("gen 1 GA "), r.out());
    }
}
