/**
 * Benchmark harness (exported for the CLI's {@code exhaustionlab bench}): {@link
 * org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark#run()} times squeeze_momentum.pine in the interpreter against
 * {@link org.exhaustionlab.pine.runtime.bench.SqueezeJava}, the same logic hand-written in Java, on the same demo
 * bars, and returns a {@link org.exhaustionlab.pine.runtime.bench.BenchmarkResult}.
 */
package org.exhaustionlab.pine.runtime.bench;
