/**
 * The non-{@code ta} built-in library of the Pine runtime ({@code math.*}, {@code str.*}, {@code color.*},
 * {@code array.*}, {@code map.*}, {@code matrix.*}, time and timeframe functions), as plain Java that the interpreter
 * calls directly: static methods and small classes, no reflection, no boxing on numeric paths.
 *
 * <h2>Value representation (shared with the interpreter)</h2>
 * <ul>
 *   <li>{@code float}: Java {@code double}; {@code na} = {@link java.lang.Double#NaN}. Pine has no infinities: results
 *       that would be infinite or NaN (1/0, log(-1)) are na.</li>
 *   <li>{@code int}: Java {@code long} (Pine ints are 64-bit in practice); {@code na} = {@link java.lang.Long#MIN_VALUE}
 *       ({@link org.exhaustionlab.pine.runtime.lib.Na#INT}). Functions that take an int and find na there treat it as
 *       documented per function.</li>
 *   <li>{@code bool}: Java {@code boolean}. v6 bools are never na; a v5 na bool is passed as {@code false}.</li>
 *   <li>{@code color}: Java {@code long} holding {@code 0xAARRGGBB} in its low 32 bits (alpha 255 = opaque); {@code na}
 *       = {@link java.lang.Long#MIN_VALUE} like an na int, so it is distinct from every real colour, including fully
 *       transparent black. {@link org.exhaustionlab.pine.runtime.lib.PineColor#argb(long)} gives the int a renderer
 *       wants.</li>
 *   <li>{@code string}: {@link java.lang.String}; {@code na} = {@code null}.</li>
 *   <li>Collections: {@link org.exhaustionlab.pine.runtime.lib.PineArray} (typed subclasses with primitive storage),
 *       {@link org.exhaustionlab.pine.runtime.lib.PineMap}, {@link org.exhaustionlab.pine.runtime.lib.FloatMatrix}
 *       (float and int matrices) and {@link org.exhaustionlab.pine.runtime.lib.ObjectMatrix} (others); an na collection
 *       reference is {@code null}.</li>
 *   <li>Runtime errors (index out of range, collection limits, ...) throw
 *       {@link org.exhaustionlab.pine.runtime.lib.PineRuntimeError} with a one-line message; the interpreter adds the
 *       source position.</li>
 *   <li>Times are UNIX epoch milliseconds ({@code long}); time zones are IANA names or "UTC+3" / "GMT-05:30" offsets,
 *       resolved by {@link org.exhaustionlab.pine.runtime.lib.PineTime#zone(String)}.</li>
 * </ul>
 *
 * <h2>Where each namespace lives</h2>
 * <ul>
 *   <li>{@code na/nz/fixnan}: {@link org.exhaustionlab.pine.runtime.lib.Na}, {@link org.exhaustionlab.pine.runtime.lib.Fixnan}
 *       (one per call site).</li>
 *   <li>{@code math.*}: {@link org.exhaustionlab.pine.runtime.lib.PineMath}; {@code math.random}:
 *       {@link org.exhaustionlab.pine.runtime.lib.PineRandom} (one per call site); {@code math.sum}:
 *       {@link org.exhaustionlab.pine.runtime.ta.RollingSum}.</li>
 *   <li>{@code str.*}: {@link org.exhaustionlab.pine.runtime.lib.PineStr}; {@code str.format}:
 *       {@link org.exhaustionlab.pine.runtime.lib.StrFormat}; number text and the format.* constants:
 *       {@link org.exhaustionlab.pine.runtime.lib.NumberText}.</li>
 *   <li>{@code color.*}: {@link org.exhaustionlab.pine.runtime.lib.PineColor}.</li>
 *   <li>{@code array.*}: instance methods of {@link org.exhaustionlab.pine.runtime.lib.FloatArray},
 *       {@link org.exhaustionlab.pine.runtime.lib.IntArray}, {@link org.exhaustionlab.pine.runtime.lib.BoolArray},
 *       {@link org.exhaustionlab.pine.runtime.lib.ObjectArray}, {@link org.exhaustionlab.pine.runtime.lib.StringArray}
 *       (shared ones on {@link org.exhaustionlab.pine.runtime.lib.PineArray}); construction by type name:
 *       {@link org.exhaustionlab.pine.runtime.lib.PineArrays}; statistics: {@link org.exhaustionlab.pine.runtime.lib.ArrayStats}.</li>
 *   <li>{@code map.*}: {@link org.exhaustionlab.pine.runtime.lib.PineMap}.</li>
 *   <li>{@code matrix.*}: shape operations on {@link org.exhaustionlab.pine.runtime.lib.FloatMatrix} /
 *       {@link org.exhaustionlab.pine.runtime.lib.ObjectMatrix}; arithmetic, det, inv, pinv, rank, trace, kron, pow:
 *       {@link org.exhaustionlab.pine.runtime.lib.MatrixAlgebra}; eigenvalues/vectors:
 *       {@link org.exhaustionlab.pine.runtime.lib.MatrixEigen}; avg/min/max/median/mode and is_*:
 *       {@link org.exhaustionlab.pine.runtime.lib.MatrixStats}.</li>
 *   <li>time: {@link org.exhaustionlab.pine.runtime.lib.PineTime} (year ... weekofyear, timestamp, time, time_close, zone
 *       parsing), {@link org.exhaustionlab.pine.runtime.lib.Timeframe} ({@code timeframe.*}),
 *       {@link org.exhaustionlab.pine.runtime.lib.Session} (session strings, isfirstbar/islastbar logic).</li>
 * </ul>
 *
 * <p>Where TradingView's exact behaviour is undocumented the rule implemented is stated in a comment beside the code,
 * with its evidence (the Pine reference, or a TradingView measurement published by the PyneCore project).
 */
package org.exhaustionlab.pine.runtime.lib;
