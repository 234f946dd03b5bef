package org.exhaustionlab.pine.runtime.osgi;

import java.lang.System.Logger.Level;
import org.exhaustionlab.pine.runtime.PineLibraries;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.LibraryRejectedException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Installs every {@link IndicatorLibrary} service in {@link PineLibraries} and removes it when the service goes away.
 * A broken library is logged with its one-line reason and left out; the engine keeps working without it.
 * The only class of the runtime that knows OSGi. Libraries are added and removed on the fly (dynamic policy):
 * scripts compiled before keep the implementations they were compiled with.
 */
@Component(immediate = true)
public final class IndicatorLibraryTracker {
    private static final System.Logger LOG = System.getLogger(IndicatorLibraryTracker.class.getName());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "unbindLibrary")
    void bindLibrary(IndicatorLibrary library) {
        try {
            PineLibraries.install(library);
            // DEBUG: the CLI shares stderr with the logger, and every command would repeat it
            LOG.log(Level.DEBUG, "indicator library installed: {0}", library.displayName());
        } catch (LibraryRejectedException e) {
            LOG.log(Level.WARNING, e.getMessage());
        }
    }

    void unbindLibrary(IndicatorLibrary library) {
        PineLibraries.uninstall(library);
    }
}
