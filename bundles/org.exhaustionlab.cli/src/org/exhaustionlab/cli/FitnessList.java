package org.exhaustionlab.cli;

import java.io.PrintWriter;

import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.FitnessRegistry;

/** The fitness functions a user can name with {@code --fitness}: the built-in presets, then the add-ons'. */
final class FitnessList {

    private FitnessList() {
    }

    static void print(PrintWriter out) {
        for (FitnessFunction preset : FitnessPresets.all()) {
            out.printf("  %-24s built-in%n", preset.name());
        }
        out.println("  aliases: BALANCED = BALANCED_RESEARCH, CONSERVATIVE = CONSERVATIVE_PRODUCTION, "
                + "AGGRESSIVE = AGGRESSIVE_DEMO");
        for (FitnessFunction addOn : FitnessRegistry.addOns()) {
            String description = addOn.description();
            out.printf("  %-24s add-on%s%n", addOn.name(), description == null || description.isBlank() ? ""
                    : ": " + description.strip());
        }
    }
}
