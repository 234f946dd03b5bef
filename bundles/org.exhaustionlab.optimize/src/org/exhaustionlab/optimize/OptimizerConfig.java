package org.exhaustionlab.optimize;

/**
 * Settings of a genetic optimisation run; build with {@link #builder()}. Immutable.
 *
 * <p>Defaults: population 30, generations 25 (the original CLI's), seed 42, tournament size 3, single-point
 * crossover with probability 0.7, mutation probability 0.1 per gene, 2 elites, 1 thread, cache of 10,000
 * evaluations, no early stopping, phenotype age limit 70 generations, run id "run".
 */
public final class OptimizerConfig {

    /** How two parents' genes are recombined. */
    public enum Crossover {
        /** Genes after a random cut point are swapped. */
        SINGLE_POINT,
        /** Each gene is swapped with probability 0.5. */
        UNIFORM
    }

    private final int populationSize;
    private final int generations;
    private final long seed;
    private final int tournamentSize;
    private final Crossover crossover;
    private final double crossoverProbability;
    private final double mutationProbability;
    private final int eliteCount;
    private final int threads;
    private final int cacheSize;
    private final int steadyGenerations;
    private final int maxPhenotypeAge;
    private final String runId;

    private OptimizerConfig(Builder b) {
        this.populationSize = b.populationSize;
        this.generations = b.generations;
        this.seed = b.seed;
        this.tournamentSize = b.tournamentSize;
        this.crossover = b.crossover;
        this.crossoverProbability = b.crossoverProbability;
        this.mutationProbability = b.mutationProbability;
        this.eliteCount = b.eliteCount;
        this.threads = b.threads;
        this.cacheSize = b.cacheSize;
        this.steadyGenerations = b.steadyGenerations;
        this.maxPhenotypeAge = b.maxPhenotypeAge;
        this.runId = b.runId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this config's values. */
    public Builder toBuilder() {
        return new Builder().populationSize(populationSize).generations(generations).seed(seed)
                .tournamentSize(tournamentSize).crossover(crossover, crossoverProbability)
                .mutationProbability(mutationProbability).eliteCount(eliteCount).threads(threads)
                .cacheSize(cacheSize).steadyGenerations(steadyGenerations).maxPhenotypeAge(maxPhenotypeAge)
                .runId(runId);
    }

    public int populationSize() {
        return populationSize;
    }

    public int generations() {
        return generations;
    }

    public long seed() {
        return seed;
    }

    public int tournamentSize() {
        return tournamentSize;
    }

    public Crossover crossover() {
        return crossover;
    }

    public double crossoverProbability() {
        return crossoverProbability;
    }

    public double mutationProbability() {
        return mutationProbability;
    }

    public int eliteCount() {
        return eliteCount;
    }

    public int threads() {
        return threads;
    }

    public int cacheSize() {
        return cacheSize;
    }

    /** Stop when the best fitness has not improved for this many generations; 0 = never stop early. */
    public int steadyGenerations() {
        return steadyGenerations;
    }

    public int maxPhenotypeAge() {
        return maxPhenotypeAge;
    }

    public String runId() {
        return runId;
    }

    @Override
    public String toString() {
        return "population " + populationSize + ", generations " + generations + ", seed " + seed + ", tournament "
                + tournamentSize + ", " + crossover + " " + crossoverProbability + ", mutation "
                + mutationProbability + ", elites " + eliteCount + ", threads " + threads + ", cache " + cacheSize
                + ", steady " + steadyGenerations;
    }

    /** Builder; every setter checks its argument and says what is wrong. */
    public static final class Builder {
        private int populationSize = 30;
        private int generations = 25;
        private long seed = 42;
        private int tournamentSize = 3;
        private Crossover crossover = Crossover.SINGLE_POINT;
        private double crossoverProbability = 0.7;
        private double mutationProbability = 0.1;
        private int eliteCount = 2;
        // one backtest per core unless told otherwise (the CLI's --threads help promised it; the default was 1)
        private int threads = Runtime.getRuntime().availableProcessors();
        private int cacheSize = 10_000;
        private int steadyGenerations;
        private int maxPhenotypeAge = 70;
        private String runId = "run";

        private Builder() {
        }

        public Builder populationSize(int n) {
            require(n >= 2, "population size must be at least 2, got " + n);
            populationSize = n;
            return this;
        }

        public Builder generations(int n) {
            require(n >= 1, "generations must be at least 1, got " + n);
            generations = n;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder tournamentSize(int k) {
            require(k >= 2, "tournament size must be at least 2, got " + k);
            tournamentSize = k;
            return this;
        }

        public Builder crossover(Crossover kind, double probability) {
            require(kind != null, "crossover kind is missing");
            require(probability >= 0 && probability <= 1, "crossover probability must be in [0, 1]");
            crossover = kind;
            crossoverProbability = probability;
            return this;
        }

        public Builder mutationProbability(double p) {
            require(p >= 0 && p <= 1, "mutation probability must be in [0, 1], got " + p);
            mutationProbability = p;
            return this;
        }

        public Builder eliteCount(int n) {
            require(n >= 0, "elite count must be >= 0, got " + n);
            eliteCount = n;
            return this;
        }

        /** Backtests run in parallel on this many threads (1 = on the caller's thread; default: the cores). */
        public Builder threads(int n) {
            require(n >= 1, "threads must be at least 1, got " + n);
            threads = n;
            return this;
        }

        /** Evaluations kept for duplicate candidates; 0 disables the cache. */
        public Builder cacheSize(int n) {
            require(n >= 0, "cache size must be >= 0, got " + n);
            cacheSize = n;
            return this;
        }

        public Builder steadyGenerations(int n) {
            require(n >= 0, "steady generations must be >= 0, got " + n);
            steadyGenerations = n;
            return this;
        }

        public Builder maxPhenotypeAge(int n) {
            require(n >= 1, "maximal phenotype age must be at least 1, got " + n);
            maxPhenotypeAge = n;
            return this;
        }

        public Builder runId(String id) {
            require(id != null && !id.isBlank(), "run id must not be blank");
            runId = id;
            return this;
        }

        public OptimizerConfig build() {
            require(eliteCount < populationSize, "elite count " + eliteCount + " must be below the population size "
                    + populationSize);
            return new OptimizerConfig(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
