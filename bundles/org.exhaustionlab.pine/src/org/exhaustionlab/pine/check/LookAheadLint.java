package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.HistoryRef;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Script;

/**
 * The one static look-ahead check: {@code barmerge.lookahead_on} is valid Pine, so the checker accepts it, but a
 * backtest with it can read a higher timeframe's close before it happened. TradingView's documented safe idiom is
 * {@code request.security(sym, tf, expr[1], lookahead = barmerge.lookahead_on)}; every other use peeks.
 *
 * <p>Callers choose how strict to be: {@link Strictness#PEEKING} (validation: only uses that read the future) or
 * {@link Strictness#ANY} (generated code: reject the argument altogether, so no model learns to lean on it).
 */
public final class LookAheadLint {

    /** Which uses of {@code lookahead_on} count. */
    public enum Strictness {
        /** request.security with lookahead_on and an expression not offset by {@code [1]} or more. */
        PEEKING,
        /** Any {@code barmerge.lookahead_on} argument, safe idiom included. */
        ANY
    }

    /**
     * One offending argument.
     *
     * @param range   where the {@code barmerge.lookahead_on} argument is
     * @param peeking true when it reads the future (no {@code [1]} offset on the expression)
     */
    public record Finding(SourceRange range, boolean peeking) {
        /** {@code line N: ...}, one line for a terminal or a prompt. */
        public String message() {
            return "line " + range.startLine() + ": " + (peeking
                    ? "request.security with barmerge.lookahead_on and no [1] offset reads future higher-timeframe "
                            + "values on historical bars"
                    : "barmerge.lookahead_on (even with a [1] offset, generated strategies must not use it)");
        }
    }

    private LookAheadLint() {
    }

    /** Findings in {@code source}, in source order. */
    public static List<Finding> find(String source, Strictness strictness) {
        return find(PineParser.parse(source).script(), strictness);
    }

    public static List<Finding> find(Script script, Strictness strictness) {
        List<Finding> out = new ArrayList<>();
        Nodes.forEach(script, node -> {
            if (!(node instanceof Call)) {
                return;
            }
            Call call = (Call) node;
            boolean security = "request.security".equals(dotted(call.callee()));
            for (Argument a : call.arguments()) {
                if (!isLookaheadOn(a.value())) {
                    continue;
                }
                boolean peeking = security && !(argument(call, "expression", 2) instanceof HistoryRef);
                if (peeking || strictness == Strictness.ANY) {
                    out.add(new Finding(a.value().range(), peeking));
                }
            }
        });
        return out;
    }

    private static boolean isLookaheadOn(Expr e) {
        return e instanceof MemberAccess && ((MemberAccess) e).member().name().equals("lookahead_on");
    }

    private static Expr argument(Call call, String name, int position) {
        List<Argument> args = call.arguments();
        for (Argument a : args) {
            if (a.name() != null && a.name().name().equals(name)) {
                return a.value();
            }
        }
        return position < args.size() && args.get(position).name() == null ? args.get(position).value() : null;
    }

    private static String dotted(Expr e) {
        if (e instanceof Identifier) {
            return ((Identifier) e).name();
        }
        if (e instanceof MemberAccess) {
            String target = dotted(((MemberAccess) e).target());
            return target == null ? null : target + "." + ((MemberAccess) e).member().name();
        }
        return null;
    }
}
