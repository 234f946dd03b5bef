package org.exhaustionlab.store;

import java.nio.file.Path;

/**
 * Child process of {@link CrashRecoveryTest}: appends batches of one-minute bars to a store forever, printing
 * {@code committed <bars>} after each commit, until the test kills it.
 */
public final class CrashWriterMain {

    static final int BATCH = 700; // not a multiple of the block size, so batches split blocks

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (MarketStore store = MarketStore.open(Path.of(args[0]))) {
            for (long slot = 0;; slot += BATCH) {
                store.bars().upsert(TestBars.KEY, TestBars.minutes(slot, BATCH));
                System.out.println("committed " + (slot + BATCH));
                System.out.flush();
            }
        }
    }
}
