package org.exhaustionlab.pine.runtime.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a script's top-level statements, and the blocks of its top-level if/else statements, into one hidden
 * class ({@link BarCode}) whose methods run a bar.
 *
 * <p>Why: the tree interpreter moves every value through the frame's arrays and makes one virtual call per
 * statement; here the glue of a script — variables, arithmetic, comparisons, and/or, ternaries, int-to-float — is
 * plain bytecode, and a value assigned at the top level stays in a JVM local for the statements after it (it is
 * still written to the frame, which the other nodes, history commits and rollbacks read). Every node this compiler
 * does not know is called as it is: its specialised copy is a final field of the generated class, so the call site
 * is monomorphic and the JIT inlines it. Semantics cannot drift: each compiled form mirrors the exact method the
 * tree would call ({@code d}, {@code l} or {@code b}) and anything else falls back to the node itself.
 *
 * <p>A slot's value is kept in a local only when no other node can write that slot during a bar: the whole object
 * graph of the script is searched for writers (variable stores inside blocks, loop counters, for-in variables).
 */
final class BarCompiler {
    private static final String PKG = "org/exhaustionlab/pine/runtime/interp/";
    private static final String BASE = PKG + "BarCode";
    private static final String EX = PKG + "Ex";
    private static final String FRAME = PKG + "Frame";
    private static final String FRAME_D = "L" + FRAME + ";";
    private static final String EX_D = "L" + EX + ";";

    /**
     * Statements the latest successful compilation turned into bytecode (-1 when the latest one failed), and nodes it
     * calls as they are (for tests).
     */
    static volatile int lastInline;
    static volatile int lastCalled;

    /** Bytecode per generated method before a new one starts (HotSpot compiles methods up to 8,000 bytes). */
    static volatile int chunkBytes = Integer.getInteger("exhaustionlab.pine.chunkBytes", 1200);

    private final Map<Ex, Ex> twins;
    private final String name = PKG + "BarCode$Script";
    private final ClassBuilder cb = new ClassBuilder(name, BASE);
    private final List<Ex> fieldNodes = new ArrayList<>();
    private final Map<Ex, Integer> fieldOf = new IdentityHashMap<>();
    private final Set<Integer> foreignD = new HashSet<>();
    private final Set<Integer> foreignL = new HashSet<>();
    private boolean allForeign;

    private ClassBuilder.Code code;
    private final Map<Integer, Integer> cachedD = new HashMap<>();
    private final Map<Integer, Integer> cachedL = new HashMap<>();
    private int nextLocal;
    private int inline;
    private final List<BarCode.Marker> markers = new ArrayList<>();
    private int current = -1;

    private BarCompiler(Map<Ex, Ex> twins) {
        this.twins = twins;
    }

    /**
     * The bar code for {@code statements} then {@code commits} (original tree nodes); {@code twins} maps nodes to the
     * specialised copies to call. Throws when the JVM refuses the class (the caller then keeps the tree).
     */
    static BarCode compile(Ex[] statements, Ex[] commits, Map<Ex, Ex> twins) throws ReflectiveOperationException {
        BarCompiler c = new BarCompiler(twins);
        c.findWriters(statements, commits);
        lastInline = -1;
        byte[] bytes = c.generate(statements, commits);
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
        Object[] nodes = new Ex[c.fieldNodes.size()];
        for (int i = 0; i < nodes.length; i++) {
            Ex n = c.fieldNodes.get(i);
            nodes[i] = twins.getOrDefault(n, n);
        }
        try {
            BarCode code = (BarCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class,
                    Ex[].class)).invoke((Ex[]) nodes);
            code.markers = c.markers.toArray(new BarCode.Marker[0]);
            lastInline = c.inline;
            lastCalled = c.fieldNodes.size();
            return code;
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    // ---- which slots other nodes write ------------------------------------------------------------------------

    private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Ex> compiledSets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private void findWriters(Ex[] statements, Ex[] commits) {
        for (Ex s : statements) {
            collectInline(s);
        }
        for (Ex s : statements) {
            walk(s);
        }
        for (Ex s : commits) {
            walk(s);
        }
    }

    private void walk(Object o) {
        if (o == null || allForeign || !seen.add(o)) {
            return;
        }
        if (o instanceof Object[]) {
            for (Object e : (Object[]) o) {
                walk(e);
            }
            return;
        }
        if (o instanceof Collection) {
            for (Object e : (Collection<?>) o) {
                walk(e);
            }
            return;
        }
        if (o instanceof Map) {
            walk(((Map<?, ?>) o).keySet());
            walk(((Map<?, ?>) o).values());
            return;
        }
        Class<?> cls = o.getClass();
        if (!inPackage(cls) || o instanceof Enum || o instanceof RunContext || o instanceof Frame) {
            return; // strings, numbers, enums, source ranges, library values: they hold no nodes
        }
        if (o instanceof Vars.Set) {
            Vars.Set s = (Vars.Set) o;
            if (!compiledSets.contains(s)) {
                foreign(s.slot);
            }
        } else if (o instanceof Control.For) {
            Control.For loop = (Control.For) o;
            foreign(loop.counter);
            foreign(loop.resultSlot);
        } else if (cls.isAnonymousClass() && cls.getEnclosingClass() == Arrays.class) {
            allForeign = true; // for-in writes its index and element slots
            return;
        }
        for (Class<?> k = cls; k != null && inPackage(k); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    walk(f.get(o));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    allForeign = true; // cannot see inside: trust no slot
                    return;
                }
            }
        }
    }

    private static boolean inPackage(Class<?> cls) {
        return cls.getName().startsWith(PKG.replace('/', '.'));
    }

    /** The variable stores {@link #stmt} will compile inline (same structure walk, no code). */
    private void collectInline(Ex s) {
        s = unwrap(s);
        if (s instanceof Vars.Set && numeric(s.kind)) {
            compiledSets.add(s);
        } else if (s instanceof Control.Select) {
            Control.Select sel = (Control.Select) s;
            collectInline(sel.yes);
            if (sel.no != null) {
                collectInline(sel.no);
            }
        } else if (s instanceof Control.Block) {
            Control.Block b = (Control.Block) s;
            for (Ex e : b.body) {
                collectInline(e);
            }
            if (b.last != null) {
                collectInline(b.last);
            }
        }
    }

    /** A statement whose value is dropped: pure conversions around it change nothing. */
    private static Ex unwrap(Ex s) {
        while (true) {
            if (s instanceof Conv.IntToFloat && ((Conv.IntToFloat) s).e.kind == Kind.INT) {
                s = ((Conv.IntToFloat) s).e;
            } else if (s instanceof Conv.FloatToInt && ((Conv.FloatToInt) s).e.kind == Kind.FLOAT) {
                s = ((Conv.FloatToInt) s).e;
            } else {
                return s;
            }
        }
    }

    private void foreign(int slot) {
        foreignD.add(slot);
        foreignL.add(slot);
    }

    private static boolean numeric(Kind k) {
        return k == Kind.FLOAT || k == Kind.INT || k == Kind.COLOR || k == Kind.BOOL;
    }

    // ---- generation --------------------------------------------------------------------------------------------

    private byte[] generate(Ex[] statements, Ex[] commits) {
        List<String> chunks = new ArrayList<>();
        startChunk();
        for (int k = 0; k < statements.length; k++) {
            if (code.size() > chunkBytes) {
                chunks.add(endChunk(chunks.size()));
                startChunk();
            }
            statement(k, statements[k]);
        }
        if (commits.length > 0) {
            mark(-1);
            for (Ex c : commits) {
                node(c);
                code.op(0x2B, 1); // aload_1
                code.op2(0xB6, cb.methodRef(EX, "o", "(" + FRAME_D + ")Ljava/lang/Object;"), -1);
                code.op(0x57, -1); // pop
            }
        }
        chunks.add(endChunk(chunks.size()));

        ClassBuilder.Code bar = new ClassBuilder.Code();
        for (String chunk : chunks) {
            bar.op(0x2A, 1); // aload_0
            bar.op(0x2B, 1); // aload_1
            bar.op2(0xB6, cb.methodRef(name, chunk, "(" + FRAME_D + ")V"), -2);
        }
        bar.op(0xB1, 0);
        bar.maxLocals = 2;
        cb.method(0, "bar", "(" + FRAME_D + ")V", bar);

        ClassBuilder.Code init = new ClassBuilder.Code();
        init.op(0x2A, 1);
        init.op2(0xB7, cb.methodRef(BASE, "<init>", "()V"), -1);
        for (int i = 0; i < fieldNodes.size(); i++) {
            String field = "n" + i;
            cb.field(ClassBuilder.ACC_FINAL, field, EX_D);
            init.op(0x2A, 1);
            init.op(0x2B, 1);
            pushInt(init, i);
            init.op(0x32, -1); // aaload
            init.op2(0xB5, cb.fieldRef(name, field, EX_D), -2);
        }
        init.op(0xB1, 0);
        init.maxLocals = 2;
        cb.method(ClassBuilder.ACC_PUBLIC, "<init>", "([" + EX_D + ")V", init);
        return cb.toBytes();
    }

    private void startChunk() {
        code = new ClassBuilder.Code();
        cachedD.clear();
        cachedL.clear();
        nextLocal = 2;
    }

    private String endChunk(int index) {
        code.op(0xB1, 0); // return
        code.maxLocals = nextLocal;
        String chunk = "c" + index;
        cb.method(ClassBuilder.ACC_FINAL, chunk, "(" + FRAME_D + ")V", code);
        return chunk;
    }

    /** frame.stmt = marker, so a runtime error names the statement the tree would name. */
    private void mark(int marker) {
        code.op(0x2B, 1);
        pushInt(code, marker);
        code.op2(0xB5, cb.fieldRef(FRAME, "stmt", "I"), -2);
    }

    private int marker(BarCode.Marker m) {
        markers.add(m);
        return markers.size() - 1;
    }

    private void statement(int k, Ex s) {
        if (s instanceof Lit.D || s instanceof Lit.L || s instanceof Lit.B || s instanceof Lit.Na
                || s instanceof Lit.O) {
            return; // evaluating a literal has no effect
        }
        current = marker(new BarCode.Marker(s.pos, false, k));
        mark(current);
        stmt(s, k);
    }

    /** Executes {@code s} for its effects, as {@code s.run(f)} would. */
    private void stmt(Ex s, int top) {
        s = unwrap(s);
        if (s instanceof Lit.D || s instanceof Lit.L || s instanceof Lit.B || s instanceof Lit.Na
                || s instanceof Lit.O) {
            return;
        }
        if (s instanceof Vars.Set && compiledSets.contains(s)) {
            set((Vars.Set) s);
        } else if (s instanceof Control.Select) {
            ifStatement((Control.Select) s, top);
        } else if (s instanceof Control.Block) {
            block((Control.Block) s, top);
        } else {
            node(s);
            code.op(0x2B, 1);
            code.op2(0xB6, cb.methodRef(EX, "run", "(" + FRAME_D + ")V"), -2);
        }
    }

    /**
     * if/else as a statement: the branches are compiled too. A value cached before the if stays cached after it
     * only when neither branch stored that variable.
     */
    private void ifStatement(Control.Select sel, int top) {
        Map<Integer, Integer> savedD = new HashMap<>(cachedD);
        Map<Integer, Integer> savedL = new HashMap<>(cachedL);
        expr(sel.cond, 'B');
        ClassBuilder.Label no = code.branch(0x99, -1); // ifeq
        stmt(sel.yes, top);
        Map<Integer, Integer> yesD = new HashMap<>(cachedD);
        Map<Integer, Integer> yesL = new HashMap<>(cachedL);
        ClassBuilder.Label end = code.branch(0xA7, 0); // goto
        code.depth(no.depth());
        code.place(no);
        cachedD.clear();
        cachedD.putAll(savedD);
        cachedL.clear();
        cachedL.putAll(savedL);
        if (sel.no != null) {
            stmt(sel.no, top);
        }
        code.place(end);
        cachedD.keySet().retainAll(savedD.keySet());
        cachedL.keySet().retainAll(savedL.keySet());
        cachedD.entrySet().removeIf(e -> !e.getValue().equals(savedD.get(e.getKey()))
                || !e.getValue().equals(yesD.get(e.getKey())));
        cachedL.entrySet().removeIf(e -> !e.getValue().equals(savedL.get(e.getKey()))
                || !e.getValue().equals(yesL.get(e.getKey())));
    }

    /**
     * A block's statements; as in {@link Control.Block}, a library error in one of them (not its last) is reported
     * at that statement.
     */
    private void block(Control.Block b, int top) {
        int outer = current;
        for (Ex e : b.body) {
            current = marker(new BarCode.Marker(e.pos, true, top));
            mark(current);
            stmt(e, top);
        }
        current = outer;
        if (b.last != null) {
            mark(outer);
            stmt(b.last, top);
        }
    }

    private void set(Vars.Set set) {
        inline++;
        boolean dbl = set.kind == Kind.FLOAT;
        if (dbl) {
            expr(set.value, 'D');
        } else if (set.kind == Kind.BOOL) {
            expr(set.value, 'B');
            code.op2(0xB8, cb.methodRef(BASE, "bits", "(Z)J"), 1);
        } else {
            expr(set.value, 'L');
        }
        int local = nextLocal;
        nextLocal += 2;
        code.local(dbl ? 0x39 : 0x37, local, -2); // dstore / lstore
        code.op(0x2B, 1);
        code.op2(0xB4, cb.fieldRef(FRAME, dbl ? "d" : "l", dbl ? "[D" : "[J"), 0);
        pushInt(code, set.slot);
        code.local(dbl ? 0x18 : 0x16, local, 2); // dload / lload
        code.op(dbl ? 0x52 : 0x50, -4); // dastore / lastore
        if (!allForeign && !(dbl ? foreignD : foreignL).contains(set.slot)) {
            (dbl ? cachedD : cachedL).put(set.slot, local);
        } else {
            (dbl ? cachedD : cachedL).remove(set.slot);
        }
    }

    /** Pushes the node held in a field of the generated class. */
    private void node(Ex e) {
        Integer i = fieldOf.get(e);
        if (i == null) {
            i = fieldNodes.size();
            fieldNodes.add(e);
            fieldOf.put(e, i);
        }
        code.op(0x2A, 1);
        code.op2(0xB4, cb.fieldRef(name, "n" + i, EX_D), 0);
    }

    /** Calls the node's own method: D = d(f), L = l(f), B = b(f). */
    private void call(Ex e, char m) {
        node(e);
        code.op(0x2B, 1);
        switch (m) {
            case 'D' -> code.op2(0xB6, cb.methodRef(EX, "d", "(" + FRAME_D + ")D"), 0);
            case 'L' -> code.op2(0xB6, cb.methodRef(EX, "l", "(" + FRAME_D + ")J"), 0);
            default -> code.op2(0xB6, cb.methodRef(EX, "b", "(" + FRAME_D + ")Z"), -1);
        }
    }

    private void helper(String method, String descriptor, int delta) {
        code.op2(0xB8, cb.methodRef(BASE, method, descriptor), delta);
    }

    /** Leaves what {@code e.d(f)} / {@code e.l(f)} / {@code e.b(f)} would return on the stack. */
    private void expr(Ex e, char m) {
        if (m == 'D' && e instanceof Lit.D) {
            pushDouble(((Lit.D) e).v);
        } else if (m == 'L' && e instanceof Lit.L) {
            pushLong(((Lit.L) e).v);
        } else if (m == 'B' && e instanceof Lit.B) {
            code.op(((Lit.B) e).v ? 0x04 : 0x03, 1);
        } else if (e instanceof Lit.Na) {
            switch (m) {
                case 'D' -> pushDouble(Double.NaN);
                case 'L' -> pushLong(Long.MIN_VALUE);
                default -> code.op(0x03, 1);
            }
        } else if (e instanceof Vars.Get) {
            get((Vars.Get) e, m);
        } else if (m == 'D' && e instanceof Ops.FAdd) {
            binary(((Ops.FAdd) e).a, ((Ops.FAdd) e).b, 'D');
            code.op(0x63, -2);
        } else if (m == 'D' && e instanceof Ops.FSub) {
            binary(((Ops.FSub) e).a, ((Ops.FSub) e).b, 'D');
            code.op(0x67, -2);
        } else if (m == 'D' && e instanceof Ops.FMul) {
            binary(((Ops.FMul) e).a, ((Ops.FMul) e).b, 'D');
            code.op(0x6B, -2);
        } else if (m == 'D' && e instanceof Ops.FArith) {
            farith((Ops.FArith) e);
        } else if (m == 'D' && e instanceof Ops.FNeg) {
            expr(((Ops.FNeg) e).a, 'D');
            code.op(0x77, 0);
        } else if (m == 'L' && e instanceof Ops.IArith) {
            iarith((Ops.IArith) e);
        } else if (m == 'L' && e instanceof Ops.INeg) {
            expr(((Ops.INeg) e).a, 'L');
            helper("ineg", "(J)J", 0);
        } else if (m == 'D' && e instanceof Conv.IntToFloat) {
            expr(((Conv.IntToFloat) e).e, 'L');
            helper("i2f", "(J)D", 0);
        } else if (m == 'B' && e instanceof Ops.FGt) {
            binary(((Ops.FGt) e).a, ((Ops.FGt) e).b, 'D');
            helper("fgt", "(DD)Z", -3);
        } else if (m == 'B' && e instanceof Ops.FLt) {
            binary(((Ops.FLt) e).a, ((Ops.FLt) e).b, 'D');
            helper("flt", "(DD)Z", -3);
        } else if (m == 'B' && e instanceof Ops.FCmp) {
            Ops.FCmp c = (Ops.FCmp) e;
            binary(c.a, c.b, 'D');
            helper("f" + cmpName(c.op), "(DD)Z", -3);
        } else if (m == 'B' && e instanceof Ops.ICmp) {
            Ops.ICmp c = (Ops.ICmp) e;
            binary(c.a, c.b, 'L');
            helper("i" + cmpName(c.op), "(JJ)Z", -3);
        } else if (m == 'B' && e instanceof Ops.BEq) {
            Ops.BEq c = (Ops.BEq) e;
            binary(c.a, c.b, 'B');
            code.op(0x82, -1); // ixor: 1 when they differ
            if (!c.negate) {
                code.op(0x04, 1);
                code.op(0x82, -1);
            }
        } else if (m == 'B' && e instanceof Ops.Not) {
            expr(((Ops.Not) e).a, 'B');
            code.op(0x04, 1);
            code.op(0x82, -1);
        } else if (m == 'B' && e instanceof Ops.And) {
            shortCircuit(((Ops.And) e).a, ((Ops.And) e).b, true);
        } else if (m == 'B' && e instanceof Ops.Or) {
            shortCircuit(((Ops.Or) e).a, ((Ops.Or) e).b, false);
        } else if (e instanceof Control.Select) {
            Control.Select s = (Control.Select) e;
            expr(s.cond, 'B');
            ClassBuilder.Label no = code.branch(0x99, -1); // ifeq
            expr(s.yes, m);
            ClassBuilder.Label end = code.branch(0xA7, 0); // goto
            code.depth(no.depth());
            code.place(no);
            expr(s.no, m);
            code.place(end);
        } else {
            call(e, m);
        }
    }

    private void binary(Ex a, Ex b, char m) {
        expr(a, m);
        expr(b, m);
    }

    private void shortCircuit(Ex a, Ex b, boolean and) {
        expr(a, 'B');
        ClassBuilder.Label decided = code.branch(and ? 0x99 : 0x9A, -1); // ifeq / ifne
        expr(b, 'B');
        ClassBuilder.Label end = code.branch(0xA7, 0);
        code.depth(decided.depth());
        code.place(decided);
        code.op(and ? 0x03 : 0x04, 1);
        code.place(end);
    }

    private void farith(Ops.FArith e) {
        binary(e.a, e.b, 'D');
        switch (e.op) {
            case ADD -> code.op(0x63, -2);
            case SUB -> code.op(0x67, -2);
            case MUL -> code.op(0x6B, -2);
            case DIV -> helper("div", "(DD)D", -2);
            default -> code.op(0x73, -2); // drem, as the tree's x % y
        }
    }

    private void iarith(Ops.IArith e) {
        binary(e.a, e.b, 'L');
        String h = switch (e.op) {
            case ADD -> "iadd";
            case SUB -> "isub";
            case MUL -> "imul";
            case DIV -> "idiv";
            default -> "imod";
        };
        helper(h, "(JJ)J", -2);
    }

    private static String cmpName(org.exhaustionlab.pine.ast.BinaryOp op) {
        return switch (op) {
            case LT -> "lt";
            case GT -> "gt";
            case LE -> "le";
            case GE -> "ge";
            case EQ -> "eq";
            default -> "ne";
        };
    }

    private void get(Vars.Get g, char m) {
        if (m == 'D') {
            Integer local = cachedD.get(g.slot);
            if (local != null) {
                code.local(0x18, local, 2);
                return;
            }
            code.op(0x2B, 1);
            code.op2(0xB4, cb.fieldRef(FRAME, "d", "[D"), 0);
            pushInt(code, g.slot);
            code.op(0x31, 0); // daload
            return;
        }
        Integer local = cachedL.get(g.slot);
        if (local != null) {
            code.local(0x16, local, 2);
        } else {
            code.op(0x2B, 1);
            code.op2(0xB4, cb.fieldRef(FRAME, "l", "[J"), 0);
            pushInt(code, g.slot);
            code.op(0x2F, 0); // laload
        }
        if (m == 'B') {
            helper("truth", "(J)Z", -1);
        }
    }

    private void pushDouble(double v) {
        if (Double.doubleToRawLongBits(v) == 0L) {
            code.op(0x0E, 2);
        } else if (v == 1.0) {
            code.op(0x0F, 2);
        } else {
            code.op2(0x14, cb.doubleConst(v), 2);
        }
    }

    private void pushLong(long v) {
        if (v == 0L || v == 1L) {
            code.op(v == 0L ? 0x09 : 0x0A, 2);
        } else {
            code.op2(0x14, cb.longConst(v), 2);
        }
    }

    private void pushInt(ClassBuilder.Code c, int v) {
        if (v >= -1 && v <= 5) {
            c.op(0x03 + v, 1);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            c.op1(0x10, v & 0xFF, 1);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            c.op2(0x11, v & 0xFFFF, 1);
        } else {
            c.op2(0x13, cb.integer(v), 1);
        }
    }
}
