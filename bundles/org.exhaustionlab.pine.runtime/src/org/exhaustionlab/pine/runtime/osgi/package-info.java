/**
 * OSGi glue of the runtime: the Declarative Services component that installs
 * {@link org.exhaustionlab.pine.runtime.spi.IndicatorLibrary} services in
 * {@link org.exhaustionlab.pine.runtime.PineLibraries}. The only package of the runtime that imports OSGi types.
 */
package org.exhaustionlab.pine.runtime.osgi;
