package org.exhaustionlab.evolution;

import java.util.List;
import org.exhaustionlab.pine.check.LookAheadLint;

/**
 * Generated and curated strategies must not use {@code barmerge.lookahead_on} at all (the checker's shared lint at
 * its strictest): a backtest with it can see the future, and a model shown it once leans on it.
 */
public final class LookAheadFinding {

    private LookAheadFinding() {
    }

    /** {@code "barmerge.lookahead_on at line L"} for the first use, or null when there is none. */
    public static String first(String source) {
        List<LookAheadLint.Finding> found = LookAheadLint.find(source, LookAheadLint.Strictness.ANY);
        return found.isEmpty() ? null : "barmerge.lookahead_on at line " + found.get(0).range().startLine();
    }
}
