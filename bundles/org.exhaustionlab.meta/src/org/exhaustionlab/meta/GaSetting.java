package org.exhaustionlab.meta;

import java.util.Arrays;
import java.util.List;

/** The GA settings the bandit chooses between: small and cheap, medium, large and thorough. */
enum GaSetting {
    P4G2(4, 2), P6G3(6, 3), P10G4(10, 4);

    final int population;
    final int generations;

    GaSetting(int population, int generations) {
        this.population = population;
        this.generations = generations;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
