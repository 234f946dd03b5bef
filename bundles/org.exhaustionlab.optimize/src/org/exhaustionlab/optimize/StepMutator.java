package org.exhaustionlab.optimize;

import io.jenetics.Chromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.MutatorResult;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import java.util.random.RandomGenerator;

/**
 * Mutation for {@link Genes}-encoded candidates: half of the mutations reset a gene to a uniformly random value
 * (exploration), the other half move it 1 to 3 steps up or down its parameter's grid (refinement). Plain reset alone
 * rarely lands on the neighbouring step of a large grid, so it would find the region of an optimum but not the
 * optimum itself. Draws only from the generator Jenetics passes in, so runs stay reproducible.
 */
final class StepMutator extends Mutator<IntegerGene, Double> {

    private final int[] counts;

    StepMutator(ParameterSpace space, double probability) {
        super(probability);
        counts = new int[space.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = space.parameters().get(i).count();
        }
    }

    @Override
    protected MutatorResult<Chromosome<IntegerGene>> mutate(Chromosome<IntegerGene> chromosome, double p,
            RandomGenerator random) {
        MSeq<IntegerGene> genes = MSeq.ofLength(chromosome.length());
        int mutations = 0;
        for (int i = 0; i < chromosome.length(); i++) {
            IntegerGene g = chromosome.get(i);
            if (random.nextDouble() < p) {
                mutations++;
                if (random.nextBoolean()) {
                    g = g.newInstance();
                } else {
                    int index = (int) ((long) g.intValue() * counts[i] / Genes.RANGE);
                    int step = 1 + random.nextInt(3);
                    index += random.nextBoolean() ? step : -step;
                    index = Math.max(0, Math.min(counts[i] - 1, index));
                    g = g.newInstance(Genes.geneFor(index, counts[i]));
                }
            }
            genes.set(i, g);
        }
        ISeq<IntegerGene> out = genes.toISeq();
        return new MutatorResult<>(chromosome.newInstance(out), mutations);
    }
}
