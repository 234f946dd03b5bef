package org.exhaustionlab.cli;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.HistoryRef;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Nodes;

/**
 * The static half of the look-ahead check: {@code request.security(..., lookahead = barmerge.lookahead_on)} whose
 * expression is not offset by {@code [1]} reads the higher timeframe's future on historical bars.
 */
final class LookAheadLint {

    private LookAheadLint() {
    }

    /** One line per offending call: {@code line N: ...}. */
    static List<String> findings(String source) {
        List<String> out = new ArrayList<>();
        Nodes.forEach(PineParser.parse(source).script(), node -> {
            if (node instanceof Call && "request.security".equals(dotted(((Call) node).callee()))) {
                Call call = (Call) node;
                Expr lookahead = argument(call, "lookahead", 3);
                Expr expression = argument(call, "expression", 2);
                if (lookahead != null && "barmerge.lookahead_on".equals(dotted(lookahead))
                        && !(expression instanceof HistoryRef)) {
                    out.add("line " + call.range().startLine() + ": request.security with barmerge.lookahead_on and no "
                            + "[1] offset reads future higher-timeframe values on historical bars");
                }
            }
        });
        return out;
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
