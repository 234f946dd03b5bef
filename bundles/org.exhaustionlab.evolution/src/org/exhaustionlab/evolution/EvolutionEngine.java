package org.exhaustionlab.evolution;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.GeneticOptimizer;
import org.exhaustionlab.optimize.InputSpec;
import org.exhaustionlab.optimize.OptimizationResult;
import org.exhaustionlab.optimize.OptimizerConfig;
import org.exhaustionlab.optimize.ParameterSpace;
import org.exhaustionlab.optimize.PineInputRewriter;
import org.exhaustionlab.optimize.Trial;
import org.exhaustionlab.optimize.TrialSink;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;

/**
 * The unified evolution engine. LLM: the model proposes and mutates strategies (fresh proposals on empty islands,
 * {@link MutationOperator}s on parents), each checked, repaired, backtested and scored by the fitness preset. GA:
 * the genetic optimiser tunes the seed script's inputs. HYBRID: like LLM, and each accepted structure is then tuned
 * by the GA. When the provider is missing or unreachable (probe, or connection refused mid-run) the engine falls
 * back to GA-only and says so in a notice starting with {@link #FALLBACK_NOTICE_PREFIX}. Every backtest is reported
 * to the {@link TrialSink}.
 *
 * @implNote One run at a time per instance is not required: {@link #run} keeps its state in a per-call object.
 */
public final class EvolutionEngine {

    public static final String FALLBACK_NOTICE_PREFIX = "Falling back to GA-only:";

    private final EvolutionConfig config;
    private final KnowledgeBase knowledge;

    public EvolutionEngine(EvolutionConfig config, KnowledgeBase knowledge) {
        this.config = Objects.requireNonNull(config, "config");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    /**
     * Runs the evolution on {@code bars}.
     *
     * @param provider the model, or null (then LLM/HYBRID fall back to GA)
     * @throws IllegalArgumentException when there is no usable seed script (none given and the knowledge base is
     *                                  empty, or it does not compile, is no strategy, or never trades)
     */
    public EvolutionResult run(LlmProvider provider, BarSeries bars, TrialSink sink, EvolutionListener listener) {
        return new Run(provider, bars, sink == null ? TrialSink.NONE : sink,
                listener == null ? EvolutionListener.NONE : listener).execute();
    }

    /** The state of one run. */
    private final class Run {
        private final LlmProvider provider;
        private final BarSeries bars;
        private final TrialSink sink;
        private final EvolutionListener listener;
        private final List<String> notices = new ArrayList<>();
        private final Random random = new Random(config.seed());
        private long trials;
        private int proposals;
        private int accepted;
        private int rejected;

        Run(LlmProvider provider, BarSeries bars, TrialSink sink, EvolutionListener listener) {
            this.provider = provider;
            this.bars = Objects.requireNonNull(bars, "bars");
            this.sink = sink;
            this.listener = listener;
        }

        EvolutionResult execute() {
            Candidate seed = seedCandidate();
            EvolutionMode mode = config.mode();
            if (mode != EvolutionMode.GA) {
                if (provider == null) {
                    notice(FALLBACK_NOTICE_PREFIX + " no LLM provider is configured; tuning the seed script's "
                            + "inputs with the genetic optimiser instead.");
                    mode = EvolutionMode.GA;
                } else if (!provider.isReachable()) {
                    notice(FALLBACK_NOTICE_PREFIX + " " + provider.displayName() + " is not reachable (is the "
                            + "server running?); tuning the seed script's inputs with the genetic optimiser instead.");
                    mode = EvolutionMode.GA;
                }
            }
            if (mode == EvolutionMode.GA) {
                return gaOnly(seed, mode);
            }
            return evolve(seed, mode);
        }

        private EvolutionResult gaOnly(Candidate seed, EvolutionMode requested) {
            Population population = new Population(1, 2, 1.0, 0);
            population.forceAdd(0, seed);
            Candidate tuned = tune(seed, config.populationSize(), config.generations(), true);
            if (tuned != seed) {
                population.forceAdd(0, tuned);
                listener.onCandidate(config.generations(), tuned);
            }
            return result(population, EvolutionMode.GA);
        }

        private EvolutionResult evolve(Candidate seed, EvolutionMode mode) {
            int capacity = (config.populationSize() + config.islands() - 1) / config.islands() + 1;
            Population population = new Population(config.islands(), capacity, config.noveltyThreshold(),
                    config.noveltyWeight());
            Candidate start = mode == EvolutionMode.HYBRID ? better(seed, tune(seed, config.tunePopulation(),
                    config.tuneGenerations(), false)) : seed;
            population.forceAdd(0, start);
            listener.onCandidate(0, start);
            StrategyGenerator generator = new StrategyGenerator(provider, bars, config.repairAttempts());
            PromptBuilder prompts = new PromptBuilder(knowledge, config.directive());
            MutationOperator[] operators = MutationOperator.values();
            boolean[] islandSeeded = new boolean[config.islands()];
            islandSeeded[0] = true;
            for (int g = 1; g <= config.generations(); g++) {
                for (int k = 0; k < config.populationSize(); k++) {
                    int island = k % config.islands();
                    String id = "g" + g + "-i" + island + "-c" + k;
                    ChatRequest request;
                    Lineage lineage;
                    if (!islandSeeded[island]) {
                        request = prompts.generate();
                        lineage = new Lineage(List.of(), "generate", g, island);
                    } else {
                        Candidate parent = population.pickParent(island, random);
                        MutationOperator op = operators[random.nextInt(operators.length)];
                        request = prompts.mutate(parent, op);
                        lineage = new Lineage(List.of(parent.id()), op.name(), g, island);
                    }
                    proposals++;
                    GenerationResult generated = generator.generate(request, id, lineage);
                    if (generated.status() == GenerationResult.Status.UNREACHABLE) {
                        notice(FALLBACK_NOTICE_PREFIX + " " + generated.message() + "; tuning the best strategy so "
                                + "far with the genetic optimiser instead.");
                        Candidate best = population.best();
                        Candidate tuned = tune(best, config.populationSize(), config.generations(), true);
                        if (tuned != best) {
                            population.forceAdd(0, tuned);
                            listener.onCandidate(g, tuned);
                        }
                        return result(population, EvolutionMode.GA);
                    }
                    if (!generated.accepted()) {
                        reject(g, id + ": " + generated.message());
                        continue;
                    }
                    Candidate c = score(generated.candidate(), g);
                    Population.Admission near = population.nearest(AstFingerprint.of(c.source()));
                    if (near.maxSimilarity() >= config.noveltyThreshold()) {
                        reject(g, String.format(java.util.Locale.ROOT, "%s: near-duplicate of %s (AST similarity "
                                + "%.3f >= %.3f)", id, near.nearestId(), near.maxSimilarity(),
                                config.noveltyThreshold()));
                        continue;
                    }
                    if (mode == EvolutionMode.HYBRID) {
                        c = better(c, tune(c, config.tunePopulation(), config.tuneGenerations(), false));
                    }
                    population.forceAdd(island, c);
                    islandSeeded[island] = true;
                    accepted++;
                    listener.onCandidate(g, c);
                }
                population.migrate();
                Candidate best = population.best();
                listener.onGeneration(g, best == null ? Double.NaN : best.fitness(), population.size());
            }
            return result(population, mode);
        }

        private void reject(int generation, String reason) {
            rejected++;
            listener.onRejected(generation, reason);
        }

        private Candidate better(Candidate a, Candidate b) {
            return b.fitness() > a.fitness() ? b : a;
        }

        private Candidate seedCandidate() {
            String source = config.seedScript();
            if (source == null) {
                KnowledgeBase.Example best = knowledge.best();
                if (best == null) {
                    throw new IllegalArgumentException("no seed script given and the knowledge base is empty: "
                            + "pass --seed-script FILE");
                }
                source = best.source();
            }
            PineProgram program = PineEngine.compile(source, "seed.pine");
            if (program.hasErrors()) {
                throw new IllegalArgumentException("the seed script does not compile: " + StrategyGenerator
                        .errorLines(program.diagnostics()).strip().replace('\n', ';'));
            }
            if (!program.isStrategy()) {
                throw new IllegalArgumentException("the seed script is not a strategy() script");
            }
            Evaluation e = PineStrategyEvaluator.backtest(program, bars);
            if (e.failed()) {
                throw new IllegalArgumentException("the seed script fails on the data: " + e.error());
            }
            return score(new Candidate("seed", source, e, Double.NaN, 0, Lineage.seed(), Map.of()), 0);
        }

        private Candidate score(Candidate c, int generation) {
            double fitness = config.fitness().score(c.evaluation());
            report(new Trial(config.runId(), generation, Map.of("candidate", c.id(), "operator",
                    c.lineage().operator()), c.evaluation(), fitness));
            return c.withFitness(fitness);
        }

        /** GA over the candidate's inputs; returns {@code c} itself when it has nothing to tune. */
        private Candidate tune(Candidate c, int population, int generations, boolean progress) {
            PineProgram program = PineEngine.compile(c.source(), c.id() + ".pine");
            List<InputSpec> inputs = PineStrategyEvaluator.inputs(program);
            if (inputs.isEmpty()) {
                notice("candidate " + c.id() + " has no tunable inputs; kept as it is");
                return c;
            }
            ParameterSpace space = ParameterSpace.fromInputs(inputs);
            int size = Math.max(2, population);
            OptimizerConfig cfg = OptimizerConfig.builder().populationSize(size).eliteCount(Math.min(2, size - 1))
                    .tournamentSize(Math.min(3, size)).generations(generations).seed(config.seed() + c.id().hashCode())
                    .runId(config.runId() + "-" + c.id()).build();
            GeneticOptimizer ga = new GeneticOptimizer(space, new PineStrategyEvaluator(program, bars, Double.NaN), config.fitness(), cfg)
                    .withTrialSink(this::report);
            if (progress) {
                ga = ga.withProgress(p -> listener.onGeneration((int) p.generation(), p.best(), p.evaluations()));
            }
            OptimizationResult r = ga.run(PineStrategyEvaluator.fullWindow(bars));
            if (r.bestEvaluation() == null || r.bestEvaluation().failed()) {
                return c;
            }
            String source = PineInputRewriter.apply(c.source(), r.bestParams());
            Lineage l = c.lineage();
            return new Candidate(c.id() + "-tuned", source, r.bestEvaluation(), r.bestFitness(), c.attempts(),
                    new Lineage(List.of(c.id()), l.operator() + "+ga", l.generation(), l.island()), r.bestParams());
        }

        private void report(Trial t) {
            trials++;
            try {
                sink.accept(t);
            } catch (Exception e) {
                throw new IllegalStateException("the trial sink failed: " + e.getMessage(), e);
            }
        }

        private void notice(String text) {
            notices.add(text);
            listener.onNotice(text);
        }

        private EvolutionResult result(Population population, EvolutionMode used) {
            return new EvolutionResult(population.best(), population.all(), used, notices, proposals, accepted,
                    rejected, trials);
        }
    }
}
