package org.exhaustionlab.pine.runtime.interp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Node;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Parameter;
import org.exhaustionlab.pine.runtime.interp.Scope.VarInfo;

/**
 * User functions. A function is compiled once per combination of argument kinds (Pine functions are generic over
 * their untyped parameters); every call site owns a frame of that specialisation, so the stateful calls inside
 * (ta.*, nested functions, history) keep separate state per call site.
 */
final class UserFunctions {
    private UserFunctions() {
    }

    record Spec(Layout layout, int[] slots, Kind[] kinds, Ex body, Ex[] commits) {
    }

    /** A call of {@code fd}; {@code receiver} is the object of a method call (first parameter), else null. */
    static Ex call(Compiler comp, FunctionDecl fd, Ex receiver, Call c) {
        List<Parameter> params = fd.parameters();
        Ex[] args = new Ex[params.size()];
        Expr[] written = new Expr[params.size()];
        int positional = 0;
        if (receiver != null) {
            args[0] = receiver;
            positional = 1;
        }
        for (Argument a : c.arguments()) {
            int index = -1;
            if (a.name() == null) {
                index = positional++;
            } else {
                for (int i = 0; i < params.size(); i++) {
                    if (params.get(i).name().name().equals(a.name().name())) {
                        index = i;
                    }
                }
            }
            if (index < 0 || index >= params.size()) {
                throw new Compiler.Unsupported("too many or unknown arguments for " + fd.name().name(), a.range());
            }
            args[index] = comp.expr(a.value());
            written[index] = a.value();
        }
        StringBuilder key = new StringBuilder(fd.name().name()).append('(');
        for (int i = 0; i < args.length; i++) {
            Parameter p = params.get(i);
            if (args[i] == null) {
                if (p.defaultValue() == null) {
                    throw new Compiler.Unsupported("missing argument '" + p.name().name() + "' for "
                            + fd.name().name(), c.range());
                }
                args[i] = comp.expr(p.defaultValue());
                written[i] = p.defaultValue();
            }
            if (p.type() != null) {
                String callerPrefix = comp.libraryPrefix;
                comp.libraryPrefix = comp.linker.prefixOf(fd); // a library function's parameter types are its own
                try {
                    Udt.Info udt = args[i].udt != null ? args[i].udt : comp.typeInfo(p.type());
                    args[i] = comp.coerce(args[i], comp.typeKind(p.type()), c.range());
                    args[i].udt = udt;
                } finally {
                    comp.libraryPrefix = callerPrefix;
                }
            } else if (args[i].kind == Kind.NA) {
                args[i] = Lit.na(Kind.FLOAT, c.range());
            }
            key.append(args[i].kind).append(args[i].udt == null ? "" : ":" + args[i].udt.name).append(',');
        }
        // a body with request.security compiles per call site: its parameters, read inside the requested
        // expression, are this call's argument expressions evaluated on the other timeframe
        if (comp.contextLayout != comp.global) {
            // inside request.security the body's ta variables live in that context: its own compilation
            key.append("#context").append(comp.contextIds.computeIfAbsent(comp.contextLayout,
                    k -> comp.contextIds.size() + 1));
        }
        boolean perSite = receiver == null && requestsSecurity(comp, fd);
        if (perSite) {
            key.append("@").append(comp.callSites.computeIfAbsent(c, k -> comp.callSites.size()));
        }
        Spec spec = comp.specs.get(key.toString());
        if (spec == null) {
            if (!comp.compiling.add(fd.name().name())) {
                throw new Compiler.Unsupported("recursion is not allowed in Pine: " + fd.name().name(), c.range());
            }
            Compiler.CallSite site = null;
            if (perSite) {
                Map<String, Expr> bound = new HashMap<>();
                for (int i = 0; i < params.size(); i++) {
                    bound.put(params.get(i).name().name(), written[i]);
                }
                site = new Compiler.CallSite(bound);
            }
            try {
                spec = compile(comp, fd, args, site);
            } finally {
                comp.compiling.remove(fd.name().name());
            }
            comp.specs.put(key.toString(), spec);
        }
        Layout calleeLayout = spec.layout();
        int state = comp.layout.state(ctx -> new Frame(ctx, calleeLayout));
        Ex body = spec.body();
        UserCall out = new UserCall(body.kind, state, args, spec.slots(), spec.kinds(), body, spec.commits(),
                c.range());
        out.tupleKinds = body.tupleKinds;
        out.tupleUdts = body.tupleUdts;
        out.udt = body.udt;
        return out;
    }

    /**
     * True when {@code fd}'s body calls request.security (or its lower-timeframe form), directly or through another
     * function of the script: such a body compiles per call site.
     */
    private static boolean requestsSecurity(Compiler comp, FunctionDecl fd) {
        Boolean known = comp.requestsSecurity.get(fd);
        if (known != null) {
            return known;
        }
        comp.requestsSecurity.put(fd, false); // recursion is rejected elsewhere; this only stops the search
        boolean found = false;
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(fd.body());
        while (!todo.isEmpty() && !found) {
            Node n = todo.pop();
            if (n instanceof Call call) {
                String q = Compiler.qualified(call.callee());
                FunctionDecl callee = q == null ? null : comp.functions.get(q);
                found = q != null && q.startsWith("request.security")
                        || callee != null && requestsSecurity(comp, callee);
            }
            Nodes.children(n).forEach(todo::push);
        }
        comp.requestsSecurity.put(fd, found);
        return found;
    }

    private static Spec compile(Compiler comp, FunctionDecl fd, Ex[] args, Compiler.CallSite site) {
        Layout savedLayout = comp.layout;
        Scope savedScope = comp.scope;
        String savedPrefix = comp.libraryPrefix;
        comp.libraryPrefix = comp.linker.prefixOf(fd);
        Layout layout = new Layout();
        comp.layout = layout;
        comp.scope = new Scope(comp.globalScope, layout);
        try {
            int[] slots = new int[args.length];
            Kind[] kinds = new Kind[args.length];
            for (int i = 0; i < args.length; i++) {
                kinds[i] = args[i].kind;
                VarInfo v = comp.declare(fd.parameters().get(i).name().name(), kinds[i], args[i].tupleKinds, false,
                        args[i].udt);
                slots[i] = v.slot();
            }
            // a function without request.security still gets an (empty) entry: the bindings of a function that
            // calls it do not reach into its body
            Compiler.CallSite own = site != null ? site : new Compiler.CallSite(Map.of());
            own.parameterScope = comp.scope;
            comp.callSiteStack.push(own);
            Ex body;
            try {
                body = comp.block(fd.body());
            } finally {
                comp.callSiteStack.pop();
            }
            if (body.kind == Kind.NA) {
                body = Lit.na(Kind.FLOAT, fd.range());
            }
            return new Spec(layout, slots, kinds, body, layout.commitArray());
        } finally {
            comp.layout = savedLayout;
            comp.scope = savedScope;
            comp.libraryPrefix = savedPrefix;
        }
    }

    static final class UserCall extends Ex {
        final int state;
        final Ex[] args;
        final int[] slots;
        final Kind[] kinds;
        final Ex body;
        final Ex[] commits;

        UserCall(Kind kind, int state, Ex[] args, int[] slots, Kind[] kinds, Ex body, Ex[] commits,
                SourceRange pos) {
            super(kind, pos);
            this.state = state;
            this.args = args;
            this.slots = slots;
            this.kinds = kinds;
            this.body = body;
            this.commits = commits;
        }

        private Frame enter(Frame f) {
            Frame c = (Frame) f.st[state];
            for (int i = 0; i < args.length; i++) {
                Ex a = args[i];
                switch (kinds[i]) {
                    case FLOAT -> c.d[slots[i]] = a.d(f);
                    case INT, COLOR -> c.l[slots[i]] = a.l(f);
                    case BOOL -> c.l[slots[i]] = a.b(f) ? 1 : 0;
                    default -> c.o[slots[i]] = a.o(f);
                }
            }
            return c;
        }

        private void leave(Frame c) {
            for (Ex e : commits) {
                e.o(c);
            }
        }

        @Override
        double d(Frame f) {
            Frame c = enter(f);
            double r = body.d(c);
            leave(c);
            return r;
        }

        @Override
        long l(Frame f) {
            Frame c = enter(f);
            long r = body.l(c);
            leave(c);
            return r;
        }

        @Override
        boolean b(Frame f) {
            Frame c = enter(f);
            boolean r = body.b(c);
            leave(c);
            return r;
        }

        @Override
        Object o(Frame f) {
            Frame c = enter(f);
            Object r = kind == Kind.VOID ? null : body.o(c);
            if (kind == Kind.VOID) {
                body.run(c);
            }
            leave(c);
            return r;
        }
    }
}
