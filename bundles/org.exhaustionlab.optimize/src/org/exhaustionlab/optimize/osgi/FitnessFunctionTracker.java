package org.exhaustionlab.optimize.osgi;

import java.lang.System.Logger.Level;

import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Installs every {@link FitnessFunction} service in {@link FitnessRegistry} and removes it when the service goes
 * away (dynamic policy: add-ons come and go while the platform runs). A function breaking the contract is logged
 * with its one-line reason and left out; the optimiser keeps working without it.
 */
@Component(immediate = true)
public final class FitnessFunctionTracker {
    private static final System.Logger LOG = System.getLogger(FitnessFunctionTracker.class.getName());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "unbindFitness")
    void bindFitness(FitnessFunction fitness) {
        try {
            FitnessRegistry.install(fitness);
            LOG.log(Level.DEBUG, "fitness function available: {0}", fitness.name());
        } catch (RuntimeException e) {
            // a broken add-on must not take the optimiser down with it
            LOG.log(Level.WARNING, e.getMessage());
        }
    }

    void unbindFitness(FitnessFunction fitness) {
        FitnessRegistry.uninstall(fitness);
    }
}
