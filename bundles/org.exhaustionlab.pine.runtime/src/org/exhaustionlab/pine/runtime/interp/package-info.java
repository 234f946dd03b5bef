/**
 * Internal: the compiler from the parsed AST to a tree of executable nodes, and the nodes.
 *
 * <h2>Design</h2>
 * <ul>
 * <li>Every node ({@link org.exhaustionlab.pine.runtime.interp.Ex}) has a {@link
 * org.exhaustionlab.pine.runtime.interp.Kind} fixed at compile time and typed evaluation methods ({@code d} double,
 * {@code l} long for int/colour, {@code b} boolean, {@code o} object); parents call the one matching the child's
 * kind, with conversion nodes inserted by the compiler, so numeric code never boxes. na: NaN, Long.MIN_VALUE, null.</li>
 * <li>Variables live in {@link org.exhaustionlab.pine.runtime.interp.Frame} slots (double[], long[], Object[]) chosen
 * at compile time. Only variables read with {@code []} get a history ring ({@code Hist}), committed when their
 * scope finishes (end of bar, end of a function call); OHLCV/time history is read from the BarSeries arrays.
 * Expressions with an offset ({@code f(x)[1]}) keep their own ring.</li>
 * <li>Per-call-site state (ta.* objects, user-function frames, histories) sits in {@code Frame.st}, created when the
 * frame is created. A user function is compiled once per argument-kind combination; each call site owns a frame
 * of it. Inside loops, state is per iteration position ({@code IterationBank}), which reproduces TradingView's
 * series_if_for.csv export.</li>
 * <li>{@code var}/{@code varip} initialise once per frame. {@code and}/{@code or}/{@code ?:}/{@code if} are lazy,
 * so skipped stateful calls do not advance. v6 {@code for} re-evaluates its end bound every iteration.</li>
 * <li>request.security compiles its expression into its own layout and evaluates it on resampled bars in a
 * separate context ({@code Security}); the chart bar sees the last closed higher bar only. Other symbols read the
 * bars supplied in {@code RunOptions.securities()} ({@code SecurityData}); request.security_lower_tf collects the
 * intrabar values of each chart bar from such bars ({@code SecurityLowerTf}).</li>
 * <li>Local Pine libraries ({@code import user/Lib/1 as L}, resolved by {@code org.exhaustionlab.pine.check
 * .LocalLibraries}) are linked by {@code LibraryLinker}: each library function becomes the user function
 * {@code L.name}, so library calls get per-call-site state like the script's own functions.</li>
 * <li>Matrices are the runtime library's {@code FloatMatrix} (float/int/color) and {@code ObjectMatrix}
 * ({@code Matrices}, {@code MatrixNumeric}).</li>
 * <li>Validity is decided by the semantic checker ({@code org.exhaustionlab.pine.check.Checker}, run by
 * {@code PineEngine.compile}); names and kinds are then resolved by this package's own compile pass
 * ({@code Compiler}), which does not consume the checker's SemanticModel yet. v6 {@code int / int} follows the
 * checker's rule: fractional when both operands are const, integer otherwise.</li>
 * <li>User-defined types are {@code Udt.Obj} (typed field arrays); arrays and maps use the runtime library's
 * classes; drawing objects are property maps ({@code Drawings}) reported as
 * {@link org.exhaustionlab.pine.runtime.DrawingObject}s.</li>
 * </ul>
 */
package org.exhaustionlab.pine.runtime.interp;
