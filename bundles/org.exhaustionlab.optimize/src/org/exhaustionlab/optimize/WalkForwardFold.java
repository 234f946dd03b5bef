package org.exhaustionlab.optimize;

import java.util.Map;

/** The result of one walk-forward window: the parameters chosen in-sample and how they did on both windows. */
public record WalkForwardFold(WalkForwardWindow window, Map<String, Object> params, double inSampleFitness,
        Evaluation inSample, Evaluation outOfSample) {
}
