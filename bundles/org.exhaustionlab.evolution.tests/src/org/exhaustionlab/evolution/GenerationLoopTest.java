package org.exhaustionlab.evolution;

import static org.exhaustionlab.evolution.ChatServer.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.exhaustionlab.evolution.GenerationResult.Problem;
import org.exhaustionlab.evolution.GenerationResult.Status;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generate → check → repair → backtest loop against an OpenAI-compatible server. */
class GenerationLoopTest {

    private static BarSeries bars;
    private final MockWebServer server = new MockWebServer();
    private StrategyGenerator generator;

    @BeforeAll
    static void data() {
        bars = TestData.bars();
    }

    @BeforeEach
    void start() throws Exception {
        server.start();
        generator = new StrategyGenerator(ChatServer.provider(server), bars, 3);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GenerationResult generate() {
        return generator.generate(ChatRequest.of("system", "write an EMA cross strategy"), "c1",
                new Lineage(List.of(), "generate", 1, 0));
    }

    private String body(RecordedRequest request) {
        return request.getBody().utf8();
    }

    @Test
    void oneRepairRoundFeedsTheDiagnosticsBackAndAcceptsTheFix() throws Exception {
        server.enqueue(answer("<think>The user wants an EMA cross. In v4 one writes ema().</think>\n"
                + TestData.fenced("Here is the strategy:", TestData.EMA_CROSS_V4)));
        server.enqueue(answer(TestData.fenced("Fixed: namespaces added and na tested with na().",
                TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.ACCEPTED, result.status(), result.message());
        assertEquals(2, result.attempts().size());
        assertEquals(Problem.CHECK_ERRORS, result.attempts().get(0).problem());
        assertEquals(TestData.EMA_CROSS.strip(), result.candidate().source().strip());
        assertEquals(2, result.candidate().attempts());
        assertTrue(result.candidate().trades() > 5, "trades: " + result.candidate().trades());
        assertTrue(Double.isFinite(result.candidate().metric(Metrics.NET_PROFIT_PCT)));
        assertEquals(List.of(), result.candidate().lineage().parents());

        body(server.takeRequest());
        String repair = body(server.takeRequest());
        // the repair request replays the conversation and names each error as file:line:col
        assertTrue(repair.contains("candidate.pine:5:8: error: ema() is Pine v4 spelling: use ta.ema()"), repair);
        assertTrue(repair.contains("candidate.pine:6:22: error: ta.ema() has no parameter 'period'"), repair);
        assertTrue(repair.contains("'== na' is never true"), repair);
        assertTrue(repair.contains("\"role\":\"assistant\""), repair);
        // reasoning is not sent back as content
        assertTrue(!repair.contains("In v4 one writes"), repair);
    }

    @Test
    void repairLoopGivesUpAfterTheAllowedAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(answer(TestData.fenced("Here you go:", TestData.EMA_CROSS_V4)));
        }
        server.enqueue(answer(TestData.fenced("never asked for", TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.GAVE_UP, result.status());
        assertEquals(4, result.attempts().size(), "1 answer + 3 repairs");
        assertEquals(4, server.getRequestCount());
        assertNull(result.candidate());
        assertTrue(result.message().startsWith("gave up after 4 answers (3 repairs): checker errors: "
                + "candidate.pine:5:8: error: ema() is Pine v4 spelling"), result.message());
    }

    @Test
    void repairLoopConvergesOverSeveralRounds() {
        server.enqueue(answer("I would use an EMA crossover with an ATR stop; it follows trends well."));
        server.enqueue(answer(TestData.fenced("Sure:", TestData.EMA_CROSS_V4)));
        server.enqueue(answer(TestData.fenced("Now it trades less:", TestData.NEVER_TRADES)));
        server.enqueue(answer(TestData.fenced("Loosened:", TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.ACCEPTED, result.status(), result.message());
        assertEquals(List.of(Problem.NO_CODE, Problem.CHECK_ERRORS, Problem.NEVER_TRADES, Problem.NONE),
                result.attempts().stream().map(GenerationResult.Attempt::problem).toList());
        assertEquals(4, result.candidate().attempts());
    }

    @Test
    void neverTradingScriptIsRejectedWithARequestForTrades() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(answer(TestData.fenced("A careful strategy:", TestData.NEVER_TRADES)));
        }

        GenerationResult result = generate();

        assertEquals(Status.GAVE_UP, result.status());
        assertEquals(Problem.NEVER_TRADES, result.lastProblem());
        assertTrue(result.message().contains("the script never trades: 0 trades on 2000 bars"), result.message());
        server.takeRequest();
        String repair = body(server.takeRequest());
        assertTrue(repair.contains("placed no trades at all"), repair);
    }

    @Test
    void rateLimitThenSuccessIsRetriedByTheProvider() {
        server.enqueue(ChatServer.rateLimited());
        server.enqueue(answer(TestData.fenced("Strategy:", TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.ACCEPTED, result.status(), result.message());
        assertEquals(1, result.attempts().size());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void truncatedAnswerAsksForTheCompleteScript() throws Exception {
        String cut = "```pine\n" + TestData.EMA_CROSS.substring(0, TestData.EMA_CROSS.indexOf("if ta.crossunder"))
                + "if ta.crossunder(fast,";
        server.enqueue(answer(cut, "length"));
        server.enqueue(answer(TestData.fenced("Complete script:", TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.ACCEPTED, result.status(), result.message());
        assertEquals(Problem.TRUNCATED, result.attempts().get(0).problem());
        server.takeRequest();
        assertTrue(body(server.takeRequest()).contains("Your answer was cut off"));
    }

    @Test
    void garbageAndProseOnlyAnswersGiveUpWithNoCode() {
        server.enqueue(answer("As an AI language model I cannot give financial advice."));
        server.enqueue(answer("{\"strategy\": \"buy low, sell high\"}"));
        server.enqueue(answer("def strategy(df):\n    return df.close > df.close.shift(1)\n"));
        server.enqueue(answer("\u0000\u0001 ## ##"));

        GenerationResult result = generate();

        assertEquals(Status.GAVE_UP, result.status());
        assertTrue(result.attempts().stream().allMatch(a -> a.problem() == Problem.NO_CODE), result.attempts()
                .toString());
        assertTrue(result.message().contains("no code in the answer"), result.message());
    }

    @Test
    void serverDownIsUnreachableAtOnce() throws Exception {
        StrategyGenerator offline = new StrategyGenerator(ChatServer.down(), bars, 3);

        GenerationResult result = offline.generate(ChatRequest.of("s", "u"), "c1", Lineage.seed());

        assertEquals(Status.UNREACHABLE, result.status());
        assertTrue(result.attempts().isEmpty());
        assertTrue(result.message().contains("is not running (connection refused)"), result.message());
        assertTrue(result.message().endsWith("[CONNECTION_REFUSED]"), result.message());
    }

    @Test
    void lookaheadIsRejected() {
        String peeking = TestData.EMA_CROSS.replace("slow = ta.ema(close, slowLength)",
                "slow = request.security(syminfo.tickerid, \"240\", ta.ema(close, slowLength), "
                        + "lookahead = barmerge.lookahead_on)");
        server.enqueue(answer(TestData.fenced("With a 4h filter:", peeking)));
        server.enqueue(answer(TestData.fenced("Without look-ahead:", TestData.EMA_CROSS)));

        GenerationResult result = generate();

        assertEquals(Status.ACCEPTED, result.status(), result.message());
        assertEquals(Problem.LOOKAHEAD, result.attempts().get(0).problem());
        assertNotNull(result.candidate());
    }
}
