/**
 * Add-on (not in the base product): fitness functions for the optimiser, offered as
 * {@link org.exhaustionlab.optimize.FitnessFunction} services. Nothing is exported: the optimiser finds them through
 * the service registry ({@code optimize --fitness CALMAR}).
 */
package org.exhaustionlab.fitness.pack;
