package org.exhaustionlab.meta;

import java.nio.file.Path;

/**
 * The child JVM of {@link KillAndResumeTest}: runs a meta run and prints {@code committed N} after each committed
 * generation, until the parent kills it with SIGKILL.
 */
public final class CrashWorkerMain {

    private CrashWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        long run = Long.parseLong(args[1]);
        try (MetaTestData.Stores s = MetaTestData.Stores.open(home)) {
            MetaListener progress = new MetaListener() {
                @Override
                public void onGeneration(GenerationRecord record, org.exhaustionlab.evolution.Candidate best) {
                    System.out.println("committed " + record.generation());
                    System.out.flush();
                }
            };
            new MetaOrchestrator(s.meta(), OrchestratorTest.BARS, OrchestratorTest.OTHERS,
                    MetaTestData.smallKnowledge(), null, progress).run(run, OrchestratorTest.SEEDS, Integer.MAX_VALUE);
        }
        System.out.println("finished");
    }
}
