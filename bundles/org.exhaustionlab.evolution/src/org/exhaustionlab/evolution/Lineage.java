package org.exhaustionlab.evolution;

import java.util.List;

/**
 * Where a candidate came from.
 *
 * @param parents    ids of the parent candidates (empty for a fresh generation or the seed)
 * @param operator   how it was made: "seed", "generate", a {@link MutationOperator} name, "ga-tuned", ...
 * @param generation evolution generation it was born in (0 = seed)
 * @param island     island index it lives on
 */
public record Lineage(List<String> parents, String operator, int generation, int island) {

    public Lineage {
        parents = List.copyOf(parents);
    }

    public static Lineage seed() {
        return new Lineage(List.of(), "seed", 0, 0);
    }
}
