package org.exhaustionlab.optimize;

import java.nio.file.Path;

/**
 * Child process for the kill-and-resume test: runs the synthetic optimisation slowly (a sleeping evaluator) with a
 * checkpoint after every generation, until the test kills it. Args: checkpoint file.
 */
public final class CheckpointChildMain {

    private CheckpointChildMain() {
    }

    public static void main(String[] args) {
        new GeneticOptimizer(Synthetic.space(), new Synthetic(2), new MetricFitness("value"), CheckpointTest.config())
                .withCheckpointFile(Path.of(args[0])).run(GeneticOptimizerTest.WINDOW);
    }
}
