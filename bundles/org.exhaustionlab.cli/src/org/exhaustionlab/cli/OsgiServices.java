package org.exhaustionlab.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@link Services} backed by the OSGi service registry (plugins register through Declarative Services). */
final class OsgiServices implements Services {

    private final BundleContext context;

    OsgiServices(BundleContext context) {
        this.context = context;
    }

    @Override
    public <T> List<T> all(Class<T> type) {
        try {
            Collection<ServiceReference<T>> refs = context.getServiceReferences(type, null);
            List<ServiceReference<T>> sorted = new ArrayList<>(refs);
            sorted.sort((a, b) -> b.compareTo(a)); // highest ranking first
            List<T> services = new ArrayList<>();
            for (ServiceReference<T> ref : sorted) {
                T service = context.getService(ref);
                if (service != null) {
                    services.add(service);
                }
            }
            return services;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is passed, so this cannot happen
        }
    }

    @Override
    public String version() {
        return context.getBundle().getVersion().toString();
    }
}
