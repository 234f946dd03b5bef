package org.exhaustionlab.optimize;

/** Test fitness: one metric as the score, with optional constraints. */
record MetricFitness(String metric, Constraints constraints) implements FitnessFunction {

    MetricFitness(String metric) {
        this(metric, Constraints.NONE);
    }

    @Override
    public String name() {
        return "metric:" + metric;
    }

    @Override
    public double score(Evaluation e) {
        return constraints.apply(e, e.metric(metric, Double.NEGATIVE_INFINITY));
    }
}
