package org.exhaustionlab.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
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
    public List<String> unresolvedBundles() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED && bundle.getHeaders("").get("Fragment-Host") == null) {
                String reason = unresolvedReason(bundle);
                if (reason != null) {
                    problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " does not resolve: " + reason);
                }
            }
        }
        return problems;
    }

    /** Why the framework cannot resolve the bundle (its own words), or null when it resolves after all. */
    private static String unresolvedReason(Bundle bundle) {
        try {
            // a transient start asks the framework to resolve it now and to say why it cannot
            bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
            return null;
        } catch (BundleException | IllegalStateException | SecurityException e) {
            String message = String.valueOf(e.getMessage());
            StringBuilder reasons = new StringBuilder();
            for (String line : message.split("\\R")) {
                String l = line.strip();
                if (l.startsWith("Unresolved requirement: ") && !l.contains("-> ")) {
                    reasons.append(reasons.length() > 0 ? "; " : "").append(l.substring("Unresolved requirement: ".length()));
                }
            }
            return reasons.length() > 0 ? reasons.toString() : message.lines().findFirst().orElse("unknown reason");
        }
    }

    @Override
    public String version() {
        return context.getBundle().getVersion().toString();
    }
}
