package org.exhaustionlab.evolution;

import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Nodes;

/**
 * Finds {@code lookahead = barmerge.lookahead_on}: valid Pine, so the checker passes it, but a backtest with it sees
 * the future (the higher timeframe's close before it happened). Generated strategies must not use it.
 */
public final class LookAhead {

    private LookAhead() {
    }

    /** {@code "line L"} of the first offending argument, or null. */
    public static String find(String source) {
        String[] found = new String[1];
        Nodes.forEach(PineParser.parse(source).script(), n -> {
            if (found[0] == null && n instanceof Call) {
                for (Argument a : ((Call) n).arguments()) {
                    if (a.value() instanceof MemberAccess
                            && ((MemberAccess) a.value()).member().name().equals("lookahead_on")) {
                        found[0] = "barmerge.lookahead_on at line " + a.value().range().startLine();
                    }
                }
            }
        });
        return found[0];
    }
}
