package org.exhaustionlab.optimize.osgi;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Offers each built-in preset as a {@link FitnessFunction} service (property {@code fitness.name}, and
 * {@code fitness.builtin=true}), so every consumer of the service registry sees the built-ins and the add-ons
 * alike. The presets are shared immutable constants, hence registered as they are rather than as one component
 * class each.
 */
@Component(immediate = true, service = {})
public final class BuiltInFitnessServices {
    private final List<ServiceRegistration<FitnessFunction>> registrations = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        for (FitnessFunction preset : FitnessPresets.all()) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("fitness.name", preset.name());
            properties.put("fitness.builtin", Boolean.TRUE);
            registrations.add(context.registerService(FitnessFunction.class, preset, properties));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<FitnessFunction> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
        registrations.clear();
    }
}
