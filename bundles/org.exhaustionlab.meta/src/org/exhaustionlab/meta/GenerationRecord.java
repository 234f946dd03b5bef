package org.exhaustionlab.meta;

import java.util.List;
import java.util.Map;

/**
 * What one meta generation did and learned: the directive picked and why (the lacks), the meta-parameters the
 * bandits chose, the best child against its parent, the cost and the reward, the population's best afterwards.
 *
 * @param mode          {@code GA} (tuning only: no model) or {@code LLM} (the model proposed, the GA tuned the best)
 * @param operators     mutation operators used (LLM), or empty
 * @param temperatures  temperatures used (LLM), or empty
 * @param gaSetting     the GA setting arm, e.g. {@code p6g3}
 * @param parentId      the parent the best child improved on (or the population best when no child was accepted)
 * @param childId       the best new member, or null when nothing was admitted
 * @param improvement   best child's base fitness minus its parent's, floored at 0
 * @param reward        the directive's reward in [0, 1]
 * @param bestFitness   the population's best base fitness after the generation
 */
public record GenerationRecord(int generation, String mode, Objective objective, Map<Objective, Double> lack,
        List<String> operators, List<String> temperatures, String gaSetting, String parentId, double parentFitness,
        String childId, double childFitness, double improvement, Cost cost, double reward, double bestFitness,
        int proposals, int accepted, List<String> notices) {

    public GenerationRecord {
        lack = Map.copyOf(lack);
        operators = List.copyOf(operators);
        temperatures = List.copyOf(temperatures);
        notices = List.copyOf(notices);
    }
}
