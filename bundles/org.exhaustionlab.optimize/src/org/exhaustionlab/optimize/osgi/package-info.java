/**
 * OSGi glue of the optimiser (internal, not API): the Declarative Services components that offer the built-in
 * fitness presets as {@link org.exhaustionlab.optimize.FitnessFunction} services and install every such service in
 * {@link org.exhaustionlab.optimize.FitnessRegistry}. The only package of the optimiser that imports OSGi types.
 */
package org.exhaustionlab.optimize.osgi;
