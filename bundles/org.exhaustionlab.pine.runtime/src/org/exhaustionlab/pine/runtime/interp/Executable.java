package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.ast.Script;
import org.exhaustionlab.pine.catalog.BuiltinCatalog;
import org.exhaustionlab.pine.check.LocalLibraries;
import org.exhaustionlab.pine.catalog.PineVersion;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.LibrarySet;
import org.exhaustionlab.pine.runtime.PineLibraries;
import org.exhaustionlab.pine.runtime.PlotColumn;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.RuntimeFailure;
import org.exhaustionlab.pine.runtime.lib.PineRuntimeError;
import org.exhaustionlab.pine.runtime.strategy.FillPoint;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/**
 * A compiled script: immutable, so one instance may run on many threads at once (each run has its own frames).
 */
public final class Executable {
    private final Ex[] statements;
    private final Layout global;
    private final Ex[] commits;
    private final Outputs outputs;
    private final int[] perBar;
    /**
     * Specialised copies of {@link #statements} and {@link #commits} for long runs, and the bar code compiled from
     * them, made once (see Specializer and BarCompiler).
     */
    private volatile Tree specialized;
    /** Why the bar code could not be made, when it could not (the specialised tree runs then). */
    volatile String compileFailure;

    /** Long runs execute compiled bar code ({@code -Dexhaustionlab.pine.bytecode=false} keeps the tree). */
    static volatile boolean compileBars = !"false".equals(System.getProperty("exhaustionlab.pine.bytecode"));
    /** Tests: a script whose bar code cannot be made fails its run instead of falling back to the tree. */
    static volatile boolean strictCompile = Boolean.getBoolean("exhaustionlab.pine.bytecode.strict");

    /** Runs at least this long get the specialised tree (copying costs a few ms, runs this long save far more). */
    static volatile int specializeMinBars = Integer.getInteger("exhaustionlab.pine.specializeMinBars", 20_000);

    private Executable(Compiler c, Ex[] statements) {
        this.statements = statements;
        this.global = c.global;
        this.commits = c.global.commitArray();
        this.outputs = c.outputs;
        this.perBar = c.global.perBar.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Compiles a parsed script; problems are added to {@code diagnostics} and null is returned. */
    public static Executable compile(Script script, List<Diagnostic> diagnostics) {
        return compile(script, diagnostics, PineLibraries.current());
    }

    /** As {@link #compile(Script, List)} with the functions of {@code libraries} callable. */
    public static Executable compile(Script script, List<Diagnostic> diagnostics, LibrarySet libraries) {
        return compile(script, diagnostics, libraries, LocalLibraries.Resolution.NONE);
    }

    /** As {@link #compile(Script, List, LibrarySet)} with the functions of the imported local libraries linked. */
    public static Executable compile(Script script, List<Diagnostic> diagnostics, LibrarySet libraries,
            LocalLibraries.Resolution imported) {
        try {
            BuiltinCatalog catalog = imported.extend(libraries.catalog());
            catalog = catalog.forVersion(script.version() == 5 ? PineVersion.V5 : PineVersion.V6);
            Compiler c = new Compiler(script, catalog, libraries);
            c.linker = new LibraryLinker(imported);
            Ex[] stmts = c.compileScript();
            return new Executable(c, stmts);
        } catch (Compiler.Unsupported u) {
            diagnostics.add(new Diagnostic(u.pos == null ? script.range() : u.pos, Severity.ERROR,
                    "runtime.unsupported", u.getMessage()));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(new Diagnostic(script.range(), Severity.ERROR, "runtime.compile-failed",
                    "the interpreter could not compile this script: " + e));
            return null;
        }
    }

    public List<InputInfo> inputs() {
        return List.copyOf(outputs.inputs);
    }

    public String title() {
        return outputs.title;
    }

    public boolean isStrategy() {
        return outputs.strategy;
    }

    private Object[] resolveInputs(RunOptions options) {
        Object[] values = new Object[outputs.inputs.size()];
        for (int i = 0; i < values.length; i++) {
            InputInfo in = outputs.inputs.get(i);
            Object v = in.title() == null ? null : options.inputs().get(in.title());
            if (v == null && in.name() != null) {
                v = options.inputs().get(in.name());
            }
            values[i] = v;
        }
        return values;
    }

    private RuntimeFailure atStatement(int statement, int bar, String message) {
        if (statement < 0 || statements[statement].pos == null) {
            return new RuntimeFailure(0, 0, bar, message);
        }
        var pos = statements[statement].pos;
        return new RuntimeFailure(pos.startLine(), pos.startColumn(), bar, message);
    }

    /** Where a library error stopped the run: the statement the tree would name, also when bar code ran. */
    private RuntimeFailure failure(BarCode code, Frame frame, int current, Throwable e, String message) {
        int bar = frame.ctx.bar;
        if (code == null) {
            return atStatement(current, bar, message);
        }
        int i = frame.stmt;
        if (i < 0 || i >= code.markers.length) {
            return atStatement(-1, bar, message);
        }
        BarCode.Marker m = code.markers[i];
        if (m.inBlock() && e instanceof RuntimeException) {
            // as Control.Block reports an error of one of its statements
            String text = e.getMessage() == null ? e.toString() : e.getMessage();
            return m.pos() == null ? new RuntimeFailure(0, 0, bar, text)
                    : new RuntimeFailure(m.pos().startLine(), m.pos().startColumn(), bar, text);
        }
        return atStatement(m.top(), bar, message);
    }

    /** Executions of the script per bar with calc_on_order_fills (TradingView: up to 4, the closing one included). */
    static final int MAX_EXECUTIONS_PER_BAR = 4;

    /**
     * calc_on_order_fills: runs the script once more at each intrabar point where orders filled (at most 3 times,
     * the closing execution being the 4th), each time with close = the fill point's price and high/low = the path so
     * far, then rolls the whole state back to the start of the bar, so only the closing execution commits. Orders the
     * script places here reach the host, which fills them on the rest of the path.
     */
    private Tree tree(int bars) {
        if (bars < specializeMinBars || !Specializer.available()) {
            return new Tree(statements, commits, null);
        }
        Tree t = specialized;
        if (t == null) {
            synchronized (this) {
                t = specialized;
                if (t == null) {
                    Ex[] both = new Ex[statements.length + commits.length];
                    System.arraycopy(statements, 0, both, 0, statements.length);
                    System.arraycopy(commits, 0, both, statements.length, commits.length);
                    java.util.Map<Ex, Ex> twins = Specializer.specializeAll(both);
                    Ex[] s = new Ex[statements.length];
                    Ex[] c = new Ex[commits.length];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = twins.getOrDefault(statements[i], statements[i]);
                    }
                    for (int i = 0; i < c.length; i++) {
                        c[i] = twins.getOrDefault(commits[i], commits[i]);
                    }
                    BarCode code = null;
                    if (compileBars) {
                        try {
                            code = BarCompiler.compile(statements, commits, twins);
                        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                            compileFailure = e.toString(); // the specialised tree runs instead
                            if (strictCompile) {
                                throw new IllegalStateException("bar code could not be compiled: " + e, e);
                            }
                        }
                    }
                    t = new Tree(s, c, code);
                    specialized = t;
                }
            }
        }
        return t;
    }

    /** The statements and commits a run executes, and their compiled bar code when there is one. */
    private record Tree(Ex[] statements, Ex[] commits, BarCode code) {
    }

    private void recalculateOnFills(Frame frame, int bar, Ex[] statements) {
        RunContext ctx = frame.ctx;
        StrategyHost host = ctx.host;
        Rollback start = null;
        for (int extra = 1; extra < MAX_EXECUTIONS_PER_BAR; extra++) {
            FillPoint point = host.nextFillPoint(bar);
            if (point == null) {
                break;
            }
            if (start == null) {
                start = Rollback.capture(ctx, frame);
            }
            double high = ctx.high[bar];
            double low = ctx.low[bar];
            double close = ctx.close[bar];
            ctx.high[bar] = point.high();
            ctx.low[bar] = point.low();
            ctx.close[bar] = point.price();
            try {
                for (int s : perBar) {
                    ((BuiltinVariables.TaVar) frame.st[s]).get(ctx);
                }
                for (Ex statement : statements) {
                    statement.run(frame);
                }
            } finally {
                ctx.high[bar] = high;
                ctx.low[bar] = low;
                ctx.close[bar] = close;
            }
            start.restore();
        }
        host.finishBarPath(bar);
    }

    public RunResult run(BarSeries bars, RunOptions options) {
        RunContext ctx = new RunContext(bars, options, outputs.plots.size(), resolveInputs(options));
        ctx.drawingLimits = outputs.drawingLimits;
        Frame frame = new Frame(ctx, global);
        ctx.global = frame;
        ctx.contextFrame = frame;
        StrategyHost host = ctx.host;
        boolean timed = outputs.hasLoops;
        RuntimeFailure failure = null;
        long start = System.nanoTime();
        int n = ctx.count;
        Tree tree = tree(n);
        Ex[] statements = tree.statements();
        Ex[] commits = tree.commits();
        BarCode code = tree.code();
        int done = 0;
        int current = -1;
        try {
            boolean recalc = false;
            if (host != null && outputs.declaration != null && n > 0) {
                ctx.bar = 0;
                outputs.declaration.o(frame);
                recalc = host.recalculatesOnFills();
                if (recalc) {
                    ctx.privatePrices();
                }
            }
            for (int i = 0; i < n; i++) {
                ctx.bar = i;
                if (timed) {
                    ctx.barStart = System.nanoTime();
                }
                if (host != null) {
                    host.beforeBar(i);
                    if (recalc) {
                        recalculateOnFills(frame, i, statements);
                    }
                }
                for (int s : perBar) {
                    ((BuiltinVariables.TaVar) frame.st[s]).get(ctx);
                }
                if (code != null) {
                    code.bar(frame);
                } else {
                    for (int k = 0; k < statements.length; k++) {
                        current = k;
                        statements[k].run(frame);
                    }
                    current = -1;
                    for (Ex e : commits) {
                        e.o(frame);
                    }
                }
                if (host != null) {
                    host.afterBar(i);
                }
                done = i + 1;
            }
        } catch (PineError e) {
            failure = new RuntimeFailure(e.line(), e.column(), ctx.bar, e.getMessage());
        } catch (Flow e) {
            failure = new RuntimeFailure(0, 0, ctx.bar, "break or continue outside of a loop");
        } catch (PineRuntimeError e) {
            failure = failure(code, frame, current, e, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failure = failure(code, frame, current, e, m);
        }
        long nanos = System.nanoTime() - start;
        List<PlotColumn> plots = new ArrayList<>();
        for (int i = 0; i < (ctx.recordPlots ? outputs.plots.size() : 0); i++) {
            Outputs.PlotDef p = outputs.plots.get(i);
            double[] values = ctx.plotValues[i];
            if (values == null) {
                values = new double[n];
                java.util.Arrays.fill(values, Double.NaN);
            }
            plots.add(new PlotColumn(p.title(), p.kind(), values, ctx.plotColors[i]));
        }
        List<String> notes = new ArrayList<>();
        if (outputs.strategy && host == null) {
            notes.add("strategy script run without a strategy host: strategy.* commands were ignored and "
                    + "strategy.* values read as neutral (0 / na)");
        }
        return new RunResult(bars.times(), plots, List.copyOf(outputs.hlines), List.copyOf(ctx.events),
                ctx.drawingSnapshots(), failure, notes, done, nanos);
    }
}
