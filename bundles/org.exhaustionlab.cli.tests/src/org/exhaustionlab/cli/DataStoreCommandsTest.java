package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.csv.CsvBarImporter;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch → list → export → import through the CLI, against Binance's API played on loopback and a temporary home. */
class DataStoreCommandsTest {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z

    @TempDir
    Path home;

    private TemporaryHome temporaryHome;

    @BeforeEach
    void useTemporaryHome() {
        temporaryHome = new TemporaryHome(home);
    }

    @AfterEach
    void restoreHome() {
        temporaryHome.close();
    }

    @Test
    void fetchStoresHistoryAndResumesOnlyWhatIsMissing() throws Exception {
        BarSeries source = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, T0, 3_000, 5);
        try (LocalBinance binance = new LocalBinance(source)) {
            CliTest.Result first = CliTest.run("data", "fetch", "--exchange", "binance", "--symbol", "BTCUSDT",
                    "--interval", "1m", "--from", "2024-01-01", "--to", "2024-01-02", "--base-url", binance.baseUrl());
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("1,440 bars"), first.out());
            assertTrue(first.err().contains("100%"), "progress bar: " + first.err());
            int requests = binance.klineRequests.get();
            assertEquals(2, requests, "1,440 bars are two pages of 1,000");

            CliTest.Result again = CliTest.run("data", "fetch", "--exchange", "binance", "--symbol", "BTCUSDT",
                    "--interval", "1m", "--from", "2024-01-01", "--to", "2024-01-02", "--base-url", binance.baseUrl());
            assertEquals(0, again.code(), again.err());
            assertEquals(requests, binance.klineRequests.get(), "a covered range is not fetched again");

            CliTest.Result list = CliTest.run("data", "list");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("binance-spot") && list.out().contains("1,440"), list.out());

            Path csv = home.resolve("out.csv");
            CliTest.Result export = CliTest.run("data", "export", "--exchange", "binance", "--symbol", "BTCUSDT",
                    "--out", csv.toString());
            assertEquals(0, export.code(), export.err());
            BarSeries exported = CsvBarImporter.importFile(csv);
            assertEquals(1_440, exported.size());
            assertEquals(source.close(1_439), exported.close(1_439), 0.0);
            assertEquals(source.time(0), exported.time(0));
        }
    }

    @Test
    void importRefusesBadFilesAndStoresGoodOnes() throws Exception {
        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "time,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,2,0.5,1.5,10\n"
                + "2023-12-31T23:59:00Z,1,2,0.5,1.5,10\n");
        CliTest.Result refused = CliTest.run("data", "import", bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("bad.csv:3"), refused.err());
        assertTrue(CliTest.run("data", "list").out().contains("empty"), "nothing stored from a bad file");

        Path good = home.resolve("ETHUSDT-1m.csv");
        assertEquals(0, CliTest.run("data", "demo", "--symbol", "ETHUSDT", "--bars", "500", "--out", good.toString()).code());
        CliTest.Result stored = CliTest.run("data", "import", good.toString());
        assertEquals(0, stored.code(), stored.err());
        assertTrue(CliTest.run("data", "list").out().contains("ETHUSDT"));
    }

    @Test
    void unknownExchangeOrUnreachableServerIsAOneLineError() throws Exception {
        CliTest.Result unknown = CliTest.run("data", "fetch", "--exchange", "nyse", "--symbol", "BTCUSDT", "--from",
                "2024-01-01", "--to", "2024-01-02");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no market-data feed 'nyse'"), unknown.err());

        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliTest.Result down = CliTest.run("data", "fetch", "--exchange", "binance", "--symbol", "BTCUSDT", "--from",
                "2024-01-01", "--to", "2024-01-02", "--base-url", "http://127.0.0.1:" + closedPort);
        assertEquals(2, down.code(), down.out() + down.err());
        assertEquals(1, down.err().lines().filter(l -> l.startsWith("exhaustionlab:")).count(), down.err());
        assertTrue(down.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + down.err());
        assertTrue(down.err().contains("127.0.0.1:" + closedPort), down.err());
    }
}
