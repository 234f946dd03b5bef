package org.exhaustionlab.optimize;

import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.engine.Evaluator;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Jenetics' population evaluator backed by a {@link BatchEvaluator}: evaluates the not-yet-evaluated phenotypes of a
 * population as one batch and keeps the best candidate seen so far (first one wins ties, in population order).
 *
 * @implNote Used by one optimiser thread only.
 */
final class PopulationEvaluator implements Evaluator<IntegerGene, Double> {

    private final ParameterSpace space;
    private final BatchEvaluator batch;
    long generation;
    BatchEvaluator.Scored best;
    int[] bestGenes;

    PopulationEvaluator(ParameterSpace space, BatchEvaluator batch) {
        this.space = space;
        this.batch = batch;
    }

    @Override
    public ISeq<Phenotype<IntegerGene, Double>> eval(Seq<Phenotype<IntegerGene, Double>> population) {
        List<int[]> genes = new ArrayList<>();
        List<int[]> todo = new ArrayList<>();
        for (Phenotype<IntegerGene, Double> p : population) {
            if (!p.isEvaluated()) {
                int[] g = Genes.genes(p.genotype());
                genes.add(g);
                todo.add(Genes.indexes(space, g));
            }
        }
        List<BatchEvaluator.Scored> scored = batch.evaluate(todo, generation);
        MSeq<Phenotype<IntegerGene, Double>> out = MSeq.ofLength(population.size());
        int k = 0;
        for (int i = 0; i < population.size(); i++) {
            Phenotype<IntegerGene, Double> p = population.get(i);
            if (!p.isEvaluated()) {
                BatchEvaluator.Scored s = scored.get(k);
                if (best == null || s.fitness() > best.fitness()) {
                    best = s;
                    bestGenes = genes.get(k);
                }
                p = p.withFitness(s.fitness());
                k++;
            }
            out.set(i, p);
        }
        return out.toISeq();
    }
}
