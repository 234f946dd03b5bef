/**
 * Service provider interface for add-on bundles that contribute Pine functions in their own namespace
 * (version 1, see {@link org.exhaustionlab.pine.runtime.spi.IndicatorLibrary#SPI_VERSION}).
 *
 * <p>A library declares its functions in pinedef text (the format of the built-in catalog, described at the top of
 * {@code core.pinedef}) and implements each one as a {@link org.exhaustionlab.pine.runtime.spi.NativeFunction}
 * (stateless) or a {@link org.exhaustionlab.pine.runtime.spi.StatefulFunction} (one state per call site, like
 * {@code ta.*}). Installing it in {@link org.exhaustionlab.pine.runtime.PineLibraries} makes the functions known to
 * the checker, the editor and the engine. Plain Java: no OSGi types; under OSGi register the library as a service.
 */
package org.exhaustionlab.pine.runtime.spi;
