/**
 * The Pine Script runtime: compile a script once, run it over bars many times.
 *
 * <pre>
 * PineProgram program = PineEngine.compile(source, "my.pine");   // never throws
 * if (program.hasErrors()) { ... program.diagnostics() ... }
 * program.inputs();                                              // input.* metadata for settings / optimiser
 * RunResult r = program.run(bars, RunOptions.defaults()
 *         .withInputs(Map.of("Length", 14))                      // by input title or variable name
 *         .withSymbolInfo(0.00001, "America/New_York")            // syminfo.mintick / syminfo.timezone
 *         .withLimits(1_000_000, 500_000_000L, 0)                 // loop iterations per loop per bar, ns per bar, total
 *         .withStrategyHost(host));                               // strategy.* broker (backtester)
 * r.plot("ta.sma(close, 10)").values();                           // na = NaN
 * PlotCsvWriter.write(r, writer);
 * </pre>
 *
 * <p>A {@link org.exhaustionlab.pine.runtime.PineProgram} is immutable and may run on several threads at once; each
 * run has its own state. Runtime errors never escape {@code run}: they stop the script and are reported in
 * {@link org.exhaustionlab.pine.runtime.RunResult#failure()} with line, column and bar. Scripts cannot do I/O.
 *
 * <p>Diagnostic codes added by the runtime: {@code runtime.unsupported} (a construct or built-in the interpreter
 * does not run yet, named in the message; also type errors the local compile pass finds) and
 * {@code runtime.compile-failed} (an internal compiler problem; please report it).
 *
 * <p>Subpackages: {@code interp} (internal: compiler to typed executable nodes), {@code strategy} (the SPI the
 * backtester implements), {@code bench} (the squeeze-momentum benchmark harness), {@code ta} and {@code lib} (the
 * built-in libraries).
 */
package org.exhaustionlab.pine.runtime;
