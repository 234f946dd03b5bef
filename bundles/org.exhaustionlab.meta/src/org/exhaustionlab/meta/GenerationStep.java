package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.Directive;
import org.exhaustionlab.evolution.EvolutionConfig;
import org.exhaustionlab.evolution.EvolutionEngine;
import org.exhaustionlab.evolution.EvolutionMode;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.evolution.GenerationResult;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.evolution.Lineage;
import org.exhaustionlab.evolution.MutationOperator;
import org.exhaustionlab.evolution.Population;
import org.exhaustionlab.evolution.PromptBuilder;
import org.exhaustionlab.evolution.StrategyGenerator;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.Trial;

/**
 * One meta generation. The directive is chosen by the bandit with the population's lacks as prior. GA mode: the GA
 * setting is chosen too, a parent is tuned by the evolution engine under the directive's fitness, and the tuned
 * version joins the population when it beats its parent on the base fitness. LLM mode: per proposal a mutation
 * operator and a temperature are chosen, the model mutates a parent under the directive's prompt, the checked and
 * backtested child joins unless it is a near-duplicate; the generation's best child is then GA-tuned. Rewards are
 * base-fitness improvements over the parent per {@link Cost} unit.
 *
 * @implNote Not thread-safe; one step at a time on the orchestrator's thread.
 */
final class GenerationStep {

    static final String DIRECTIVE = "directive";
    static final String OPERATOR = "operator";
    static final String TEMPERATURE = "temperature";
    static final String GA = "ga";
    static final List<String> TEMPERATURES = List.of("0.2", "0.5", "0.8", "1.1");

    private final MetaConfig config;
    private final FitnessFunction base;
    private final Bandit bandit;
    private final Population population;
    private final KnowledgeBase knowledge;
    private final BarSeries bars;
    private final CrossMarket crossMarket;
    private final Consumer<String> notices;

    GenerationStep(MetaConfig config, FitnessFunction base, Bandit bandit, Population population,
            KnowledgeBase knowledge, BarSeries bars, CrossMarket crossMarket, Consumer<String> notices) {
        this.config = config;
        this.base = base;
        this.bandit = bandit;
        this.population = population;
        this.knowledge = knowledge;
        this.bars = bars;
        this.crossMarket = crossMarket;
        this.notices = notices;
    }

    static void registerArms(Bandit bandit) {
        bandit.register(DIRECTIVE, java.util.Arrays.stream(Objective.values()).map(Enum::name).toList());
        bandit.register(GA, GaSetting.names());
        bandit.register(OPERATOR, java.util.Arrays.stream(MutationOperator.values()).map(Enum::name).toList());
        bandit.register(TEMPERATURE, TEMPERATURES);
    }

    /** Random choices of generation {@code g}: a fresh stream per generation, so a resumed run repeats them. */
    Random random(int g) {
        return new Random(config.seed() * 1_000_003L + g);
    }

    /**
     * Runs generation {@code g}; the trials go to {@code trials}.
     *
     * @param model the model, or null for GA mode
     */
    GenerationRecord run(int g, MeteredProvider model, List<Trial> trials) {
        Random random = random(g);
        List<Candidate> members = population.all();
        PopulationProfile profile = PopulationProfile.of(members, crossMarket.share(members.get(0)));
        Map<Objective, Double> lack = Objective.lacks(profile);
        Map<String, Double> prior = new java.util.HashMap<>();
        lack.forEach((o, v) -> prior.put(o.name(), v));
        Objective objective = Objective.valueOf(bandit.choose(DIRECTIVE, prior, random));
        GaSetting ga = GaSetting.valueOf(bandit.choose(GA, Map.of(), random));
        Directive directive = objective.directive(config.goal(), new LinkedHashSet<>(config.strategyType().tags()),
                profile);
        List<String> log = new ArrayList<>();
        Consumer<String> note = n -> {
            log.add(n);
            notices.accept(n);
        };
        return model == null ? gaGeneration(g, random, objective, ga, lack, directive, trials, note)
                : llmGeneration(g, random, objective, ga, lack, directive, model, trials, note, log);
    }

    private GenerationRecord gaGeneration(int g, Random random, Objective objective, GaSetting ga,
            Map<Objective, Double> lack, Directive directive, List<Trial> trials, Consumer<String> note) {
        int island = (g - 1) % population.islandCount();
        Candidate parent = population.pickParent(island, random);
        Tuned tuned = tune(parent, g, island, objective, ga, directive, trials, note, "ga");
        double reward = tuned.cost.reward(tuned.improvement);
        bandit.update(DIRECTIVE, objective.name(), reward);
        bandit.update(GA, ga.name(), reward);
        population.migrate();
        return new GenerationRecord(g, "GA", objective, lack, List.of(), List.of(), ga.name(), parent.id(),
                parent.fitness(), tuned.admitted == null ? null : tuned.admitted.id(),
                tuned.admitted == null ? Double.NaN : tuned.admitted.fitness(), tuned.improvement, tuned.cost, reward,
                population.best().fitness(), 0, tuned.admitted == null ? 0 : 1, List.of());
    }

    private GenerationRecord llmGeneration(int g, Random random, Objective objective, GaSetting ga,
            Map<Objective, Double> lack, Directive directive, MeteredProvider model, List<Trial> trials,
            Consumer<String> note, List<String> log) {
        PromptBuilder prompts = new PromptBuilder(knowledge, directive);
        StrategyGenerator generator = new StrategyGenerator(model, bars, StrategyGenerator.DEFAULT_REPAIR_ATTEMPTS);
        List<String> operators = new ArrayList<>();
        List<String> temperatures = new ArrayList<>();
        Cost total = Cost.ZERO;
        Candidate bestChild = null;
        Candidate bestParent = null;
        double bestImprovement = 0;
        int proposals = 0;
        int accepted = 0;
        for (int k = 0; k < config.proposals(); k++) {
            int island = k % population.islandCount();
            String op = bandit.choose(OPERATOR, Map.of(), random);
            String temperature = bandit.choose(TEMPERATURE, Map.of(), random);
            Candidate parent = population.pickParent(island, random);
            ChatRequest request = prompts.mutate(parent, MutationOperator.valueOf(op)).toBuilder()
                    .temperature(Double.parseDouble(temperature)).build();
            long tokensBefore = model.tokens();
            String id = "g" + g + "-c" + k;
            GenerationResult result = generator.generate(request, id, new Lineage(List.of(parent.id()),
                    op + "/" + objective.name(), g, island));
            proposals++;
            operators.add(op);
            temperatures.add(temperature);
            if (result.status() == GenerationResult.Status.UNREACHABLE) {
                note.accept(EvolutionEngine.FALLBACK_NOTICE_PREFIX + " " + result.message()
                        + "; the remaining generations tune with the genetic optimiser.");
                throw new ModelUnreachable(result.message());
            }
            Cost cost = new Cost(result.attempts().size(), model.tokens() - tokensBefore);
            total = total.plus(cost);
            double improvement = 0;
            if (!result.accepted()) {
                note.accept(id + " rejected: " + result.message());
            } else {
                Candidate child = result.candidate().withFitness(base.score(result.candidate().evaluation()));
                trials.add(new Trial(Integer.toString(g), g, Map.of("candidate", id, "operator", op, "temperature",
                        temperature, "directive", objective.name()), child.evaluation(), child.fitness()));
                Population.Admission admission = population.add(island, child);
                if (!admission.added()) {
                    note.accept(String.format(Locale.ROOT, "%s rejected: near-duplicate of %s (AST similarity "
                            + "%.3f)", id, admission.nearestId(), admission.maxSimilarity()));
                } else {
                    accepted++;
                    improvement = gain(parent, child);
                    if (bestChild == null || child.fitness() > bestChild.fitness()) {
                        bestChild = child;
                        bestParent = parent;
                    }
                }
            }
            double reward = cost.reward(improvement);
            bandit.update(OPERATOR, op, reward);
            bandit.update(TEMPERATURE, temperature, reward);
            bestImprovement = Math.max(bestImprovement, improvement);
        }
        Candidate admitted = bestChild;
        if (bestChild != null) {
            Tuned tuned = tune(bestChild, g, bestChild.lineage().island(), objective, ga, directive, trials, note,
                    "ga-tuned");
            total = total.plus(tuned.cost);
            bandit.update(GA, ga.name(), tuned.cost.reward(tuned.improvement));
            if (tuned.admitted != null) {
                admitted = tuned.admitted;
                bestImprovement = Math.max(bestImprovement, gain(bestParent, tuned.admitted));
            }
        }
        double reward = total.reward(bestImprovement);
        bandit.update(DIRECTIVE, objective.name(), reward);
        population.migrate();
        Candidate parent = bestParent != null ? bestParent : population.best();
        return new GenerationRecord(g, "LLM", objective, lack, operators, temperatures, ga.name(), parent.id(),
                parent.fitness(), admitted == null ? null : admitted.id(),
                admitted == null ? Double.NaN : admitted.fitness(), bestImprovement, total, reward,
                population.best().fitness(), proposals, accepted, log);
    }

    /**
     * Base-fitness gain of {@code child} over {@code parent}, in [0, 1]: feasible fitness lives in [0, 1], so making
     * an infeasible parent (penalised far below 0) feasible counts as at most the whole scale, not as 1,000.
     */
    static double gain(Candidate parent, Candidate child) {
        return Math.max(0, Math.min(1, child.fitness() - parent.fitness()));
    }

    /** The model went away mid-generation: the orchestrator continues in GA mode. */
    static final class ModelUnreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelUnreachable(String message) {
            super(message);
        }
    }

    private record Tuned(Candidate admitted, double improvement, Cost cost) {
    }

    /** GA-tunes {@code parent} under the directive's fitness; admits the result when it beats the parent. */
    private Tuned tune(Candidate parent, int g, int island, Objective objective, GaSetting ga, Directive directive,
            List<Trial> trials, Consumer<String> note, String suffix) {
        EvolutionConfig cfg = EvolutionConfig.defaults().withMode(EvolutionMode.GA).withSeedScript(parent.source())
                .withSize(ga.population, ga.generations, 1).withFitness(objective.fitness(base))
                .withSeed(config.seed() + 7919L * g).withDirective(directive);
        List<Trial> local = new ArrayList<>();
        EvolutionResult result;
        try {
            result = new EvolutionEngine(cfg, knowledge).run(null, bars, local::add, null);
        } catch (IllegalArgumentException e) {
            note.accept("g" + g + ": tuning " + parent.id() + " failed: " + e.getMessage());
            return new Tuned(null, 0, Cost.ZERO);
        }
        trials.addAll(local);
        Cost cost = new Cost(result.trials(), 0);
        Candidate best = result.best();
        if (best == null || best.lineage().operator().equals("seed")) {
            return new Tuned(null, 0, cost);
        }
        Candidate child = best.withFitness(base.score(best.evaluation())).withId("g" + g + "-" + suffix,
                new Lineage(List.of(parent.id()), suffix + "/" + objective.name() + "/" + ga.name(), g, island));
        if (!(child.fitness() > parent.fitness())) {
            return new Tuned(null, 0, cost);
        }
        population.forceAdd(island, child);
        return new Tuned(child, gain(parent, child), cost);
    }
}
