/**
 * The ExhaustionLab indicator pack: Pine functions in the {@code xl} namespace contributed through the runtime's
 * indicator-library SPI ({@link org.exhaustionlab.pine.runtime.spi.IndicatorLibrary}).
 */
package org.exhaustionlab.indicators.pack;
