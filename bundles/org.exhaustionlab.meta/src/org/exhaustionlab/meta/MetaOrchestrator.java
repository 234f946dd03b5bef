package org.exhaustionlab.meta;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.evolution.Lineage;
import org.exhaustionlab.evolution.Population;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.Metrics;
import org.exhaustionlab.optimize.Trial;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;

/**
 * The intelligent orchestrator: an evolution that steers itself. Each generation it profiles the population, lets
 * the bandits pick the directive (weighted by what the population lacks) and the meta-parameters, runs the step
 * ({@link GenerationStep}: model mutations when a model is reachable, GA tuning otherwise), rewards the arms by
 * fitness gained per cost, and commits the generation, the population, the bandit statistics and the trials in one
 * transaction. Killed at any point, {@link #run} on the same run id continues after the last committed generation;
 * every random choice of generation {@code g} comes from a stream seeded by (seed, g), so the resumed run makes the
 * choices the uninterrupted one would have made.
 *
 * @implNote One run per instance at a time; the caller's thread does all the work.
 */
public final class MetaOrchestrator {

    private final MetaDatabase db;
    private final BarSeries bars;
    private final List<BarSeries> otherMarkets;
    private final KnowledgeBase knowledge;
    private final LlmProvider provider;
    private final MetaListener listener;

    /**
     * @param otherMarkets markets for the cross-market lack and the validator (may be empty)
     * @param provider     the model, or null: GA tuning only
     */
    public MetaOrchestrator(MetaDatabase db, BarSeries bars, List<BarSeries> otherMarkets, KnowledgeBase knowledge,
            LlmProvider provider, MetaListener listener) {
        this.db = db;
        this.bars = bars;
        this.otherMarkets = List.copyOf(otherMarkets);
        this.knowledge = knowledge;
        this.provider = provider;
        this.listener = listener == null ? MetaListener.NONE : listener;
    }

    /**
     * Runs or continues meta run {@code runId} until its configured generations are done, or until
     * {@code maxGenerations} more have been committed in this call.
     *
     * @param seedScripts initial strategies (used only when the run has no population yet); empty = the knowledge
     *                    base's best examples for the strategy type
     * @throws IllegalArgumentException when there is no such run or no usable seed strategy
     */
    public MetaResult run(long runId, List<String> seedScripts, int maxGenerations) throws IOException {
        RunState state = db.load(runId);
        if (state == null) {
            throw new IllegalArgumentException("there is no meta run " + runId + " in the store");
        }
        MetaConfig config = state.config();
        List<String> notices = new ArrayList<>();
        java.util.function.Consumer<String> notice = n -> {
            notices.add(n);
            listener.onNotice(n);
        };
        FitnessFunction base = FitnessPresets.byName(config.fitnessPreset());
        Bandit bandit = newBandit(config, state);
        Population population = restore(config, state);
        if (!state.initialised()) {
            initialise(config, base, population, seedScripts, notice);
            db.commitGeneration(runId, 0, null, islands(population), bandit.stats(), seedTrials(population));
        }
        if ("finished".equals(state.status())) {
            return result(runId, config, true, notices);
        }
        MeteredProvider model = model(notice);
        CrossMarket cross = new CrossMarket(otherMarkets);
        int done = Math.max(0, state.generationsDone());
        int limit = (int) Math.min(config.generations(), (long) done + Math.max(0, maxGenerations));
        for (int g = done + 1; g <= limit; g++) {
            List<Trial> trials = new ArrayList<>();
            GenerationRecord record;
            try {
                record = new GenerationStep(config, base, bandit, population, knowledge, bars, cross, notice)
                        .run(g, model, trials);
            } catch (GenerationStep.ModelUnreachable e) {
                // redo this generation from the committed state, without the model
                model = null;
                RunState committed = db.load(runId);
                bandit = newBandit(config, committed);
                population = restore(config, committed);
                trials.clear();
                record = new GenerationStep(config, base, bandit, population, knowledge, bars, cross, notice)
                        .run(g, null, trials);
            }
            db.commitGeneration(runId, g, record, islands(population), bandit.stats(), trials);
            listener.onGeneration(record, population.best());
        }
        boolean finished = limit >= config.generations();
        if (!finished) {
            return result(runId, config, false, notices);
        }
        List<Readiness> readiness = new ArrayList<>();
        if (config.productionValidation()) {
            readiness = validate(config, population, runId);
        }
        MetaResult result = result(runId, config, true, notices).withReadiness(readiness);
        db.finishRun(runId, "finished", MetaReport.json(result));
        return result;
    }

    private static Bandit newBandit(MetaConfig config, RunState state) {
        Bandit bandit = new Bandit(config.policy(), 1.0, config.intelligence(), config.epsilon());
        GenerationStep.registerArms(bandit);
        bandit.restore(state.bandit());
        return bandit;
    }

    /** Novelty weight 0: members rank by fitness alone, so a saved and restored population ranks identically. */
    private static Population restore(MetaConfig config, RunState state) {
        Population population = new Population(config.islands(), config.capacity(), config.noveltyThreshold(), 0);
        for (int i = 0; i < state.islands().size(); i++) {
            for (Candidate c : state.islands().get(i)) {
                population.forceAdd(i, c);
            }
        }
        return population;
    }

    private static List<List<Candidate>> islands(Population population) {
        List<List<Candidate>> out = new ArrayList<>();
        for (int i = 0; i < population.islandCount(); i++) {
            out.add(population.island(i));
        }
        return out;
    }

    private MeteredProvider model(java.util.function.Consumer<String> notice) {
        if (provider == null) {
            notice.accept("no language model configured: every generation tunes with the genetic optimiser");
            return null;
        }
        if (!provider.isReachable()) {
            notice.accept(org.exhaustionlab.evolution.EvolutionEngine.FALLBACK_NOTICE_PREFIX + " "
                    + provider.displayName() + " is not reachable (is the server running?); every generation tunes "
                    + "with the genetic optimiser.");
            return null;
        }
        return new MeteredProvider(provider);
    }

    /** Generation 0: the seed scripts, or the strategy type's best examples, backtested and scored. */
    private void initialise(MetaConfig config, FitnessFunction base, Population population, List<String> seeds,
            java.util.function.Consumer<String> notice) {
        List<String> sources = new ArrayList<>(seeds);
        if (sources.isEmpty()) {
            knowledge.select(config.strategyType().tags(), config.islands()).forEach(e -> sources.add(e.source()));
        }
        int admitted = 0;
        for (int i = 0; i < sources.size(); i++) {
            String id = "seed-" + i;
            PineProgram program = PineEngine.compile(sources.get(i), id + ".pine");
            if (program.hasErrors() || !program.isStrategy()) {
                notice.accept(id + " skipped: it does not compile as a strategy()");
                continue;
            }
            Evaluation e = PineStrategyEvaluator.backtest(program, bars);
            if (e.failed() || e.metric(Metrics.TRADES, 0) < 1) {
                notice.accept(id + " skipped: " + (e.failed() ? e.error() : "it never trades on the data"));
                continue;
            }
            Candidate c = new Candidate(id, sources.get(i), e, base.score(e), 0, new Lineage(List.of(), "seed", 0,
                    admitted % config.islands()), Map.of());
            population.forceAdd(admitted % config.islands(), c);
            admitted++;
        }
        if (admitted == 0) {
            throw new IllegalArgumentException("no usable seed strategy: give a strategy() script that trades on the "
                    + "data, or ship examples for " + config.strategyType());
        }
    }

    private static List<Trial> seedTrials(Population population) {
        List<Trial> out = new ArrayList<>();
        for (Candidate c : population.all()) {
            out.add(new Trial("0", 0, Map.of("candidate", c.id(), "operator", "seed"), c.evaluation(), c.fitness()));
        }
        return out;
    }

    private List<Readiness> validate(MetaConfig config, Population population, long runId) throws IOException {
        long trials = db.load(runId).history().stream().mapToLong(g -> g.cost().backtests()).sum();
        List<Readiness> out = new ArrayList<>();
        for (Candidate c : population.all().subList(0, Math.min(config.validateTop(), population.size()))) {
            try {
                Readiness r = ProductionValidation.validate(c, bars, otherMarkets, trials, config.seed());
                out.add(r);
                listener.onValidated(r);
            } catch (RuntimeException e) {
                listener.onNotice("validation of " + c.id() + " failed: " + e.getMessage());
            }
        }
        return out;
    }

    private MetaResult result(long runId, MetaConfig config, boolean finished, List<String> notices)
            throws IOException {
        RunState state = db.load(runId);
        Population population = restore(config, state);
        return new MetaResult(runId, config, finished, state.generationsDone(), population.all(), state.bandit(),
                state.history(), MetaReport.readinessFrom(state.resultJson()), notices);
    }
}
