package org.exhaustionlab.optimize;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.util.Factory;

/**
 * The genotype of a candidate: one {@link IntegerChromosome} with one gene per parameter. Jenetics requires all genes
 * of a chromosome to share one range, so every gene lives in {@code [0, RANGE)} and is mapped onto its parameter's
 * step grid by scaling: index = ⌊gene · count / RANGE⌋. Values therefore always lie exactly on a step, crossover
 * works across parameters, and mutation draws a uniformly distributed index.
 */
final class Genes {

    static final int RANGE = 1 << 30;

    private Genes() {
    }

    static int[] indexes(ParameterSpace space, int[] genes) {
        int[] out = new int[genes.length];
        for (int i = 0; i < genes.length; i++) {
            out[i] = (int) ((long) genes[i] * space.parameters().get(i).count() / RANGE);
        }
        return out;
    }

    /** The smallest gene that maps to {@code index}: ⌈index · RANGE / count⌉. */
    static int geneFor(int index, int count) {
        return (int) (((long) index * RANGE + count - 1) / count);
    }

    static int[] genesFor(ParameterSpace space, int[] indexes) {
        int[] out = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = geneFor(indexes[i], space.parameters().get(i).count());
        }
        return out;
    }

    static int[] genes(Genotype<IntegerGene> gt) {
        IntegerChromosome ch = (IntegerChromosome) gt.chromosome();
        return ch.toArray();
    }

    static Genotype<IntegerGene> genotype(int[] genes) {
        IntegerGene[] g = new IntegerGene[genes.length];
        for (int i = 0; i < genes.length; i++) {
            if (genes[i] < 0 || genes[i] >= RANGE) {
                throw new IllegalArgumentException("gene " + genes[i] + " outside [0, " + RANGE + ")");
            }
            g[i] = IntegerGene.of(genes[i], 0, RANGE);
        }
        return Genotype.of(IntegerChromosome.of(g));
    }

    static Factory<Genotype<IntegerGene>> factory(int length) {
        return Genotype.of(IntegerChromosome.of(0, RANGE, length));
    }

    /** The random seed of one generation: a SplitMix64 mix of run seed and generation number, so a resumed run
     * draws exactly what an uninterrupted one would have without storing any generator state. */
    static long generationSeed(long seed, long generation) {
        long z = seed + generation * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
