package org.exhaustionlab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.EvolutionConfig;
import org.exhaustionlab.evolution.EvolutionEngine;
import org.exhaustionlab.evolution.EvolutionListener;
import org.exhaustionlab.evolution.EvolutionMode;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.market.BarSeries;

/**
 * One evolution run as an Eclipse Job: progress per generation, cancel between generations (and GA generations),
 * and every event handed to the view through {@link Events} (called on the job's thread). The finished run is saved
 * to the strategy registry.
 */
final class EvolutionJob extends Job {

    /** What the view hears; called on the job's thread. */
    interface Events {
        void generation(int generation, double bestFitness);

        void candidate(Candidate candidate);

        void notice(String text);

        void finished(EvolutionResult result, Map<String, Candidate> seen, String savedAs);

        void failed(String message);
    }

    private final EvolutionConfig config;
    private final BarSeries bars;
    private final KnowledgeBase knowledge;
    private final LlmProvider provider;
    private final Events events;
    private final Consumer<String> log;
    /** Every candidate the run produced (the seed too), by id: parents for "Diff with parent". */
    private final Map<String, Candidate> seen = new LinkedHashMap<>();

    EvolutionJob(EvolutionConfig config, BarSeries bars, KnowledgeBase knowledge, LlmProvider provider,
            Events events) {
        super("Evolving strategies (" + config.mode() + ", population " + config.populationSize() + " × "
                + config.generations() + " generations)");
        this.config = config;
        this.bars = bars;
        this.knowledge = knowledge;
        this.provider = provider;
        this.events = events;
        this.log = events::notice;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int total = config.mode() == EvolutionMode.GA ? config.generations() : config.generations() + 1;
        monitor.beginTask(getName(), total);
        EvolutionListener listener = new EvolutionListener() {
            private int done;

            @Override
            public void onCandidate(int generation, Candidate c) {
                synchronized (seen) {
                    seen.put(c.id(), c);
                }
                events.candidate(c);
                check(monitor);
            }

            @Override
            public void onRejected(int generation, String reason) {
                log.accept("generation " + generation + " rejected " + reason);
                check(monitor);
            }

            @Override
            public void onGeneration(int generation, double best, long size) {
                events.generation(generation, best);
                monitor.subTask(String.format(java.util.Locale.ROOT, "generation %d: best fitness %.4f", generation,
                        best));
                if (done < total) {
                    monitor.worked(1);
                    done++;
                }
                check(monitor);
            }

            @Override
            public void onNotice(String notice) {
                log.accept(notice);
            }
        };
        try {
            EvolutionResult result = new EvolutionEngine(config, knowledge).run(provider, bars, null, listener);
            Map<String, Candidate> all;
            synchronized (seen) {
                result.population().forEach(c -> seen.putIfAbsent(c.id(), c));
                all = Map.copyOf(seen);
            }
            String saved = RegistrySaver.save(config, bars, result, all);
            events.finished(result, all, saved);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            events.failed("cancelled");
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            if (monitor.isCanceled()) {
                events.failed("cancelled");
                return Status.CANCEL_STATUS;
            }
            events.failed(e.getMessage());
            return Status.error("evolution failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private static void check(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
