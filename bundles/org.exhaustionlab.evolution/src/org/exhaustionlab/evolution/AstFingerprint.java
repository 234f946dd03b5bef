package org.exhaustionlab.evolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.FloatLiteral;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.IntLiteral;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.Script;

/**
 * The structure of a script as a multiset of tokens: every AST node kind ({@code k:Binary}), every called name
 * ({@code c:ta.rsi}) and every numeric literal ({@code n:14}). Two scripts are compared by the weighted Jaccard index
 * of their multisets (sum of minimum counts over sum of maximum counts): 1 for identical structure, near 1 when only
 * a few numbers differ, low for different logic. Names of user variables and comments do not count, so renaming
 * does not make a copy "new".
 *
 * @implNote Immutable.
 */
public final class AstFingerprint {

    private final Map<String, Integer> counts;

    private AstFingerprint(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    public static AstFingerprint of(String source) {
        Script script = PineParser.parse(source).script();
        Map<String, Integer> counts = new HashMap<>();
        Nodes.forEach(script, n -> {
            add(counts, "k:" + n.getClass().getSimpleName());
            if (n instanceof Call) {
                String name = calleeName(((Call) n).callee());
                if (name != null) {
                    add(counts, "c:" + name);
                }
            } else if (n instanceof IntLiteral) {
                add(counts, "n:" + ((IntLiteral) n).value());
            } else if (n instanceof FloatLiteral) {
                add(counts, "n:" + ((FloatLiteral) n).value());
            }
        });
        return new AstFingerprint(counts);
    }

    private static void add(Map<String, Integer> counts, String token) {
        counts.merge(token, 1, Integer::sum);
    }

    /** {@code sma} for {@code sma(...)}, {@code ta.sma} for {@code ta.sma(...)}; null for other callees. */
    static String calleeName(Expr callee) {
        if (callee instanceof Identifier) {
            return ((Identifier) callee).name();
        }
        if (callee instanceof MemberAccess) {
            MemberAccess m = (MemberAccess) callee;
            String target = calleeName(m.target());
            return target == null ? m.member().name() : target + "." + m.member().name();
        }
        return null;
    }

    /** Weighted Jaccard similarity in [0, 1]; two empty scripts are identical (1). */
    public double similarity(AstFingerprint other) {
        Set<String> keys = new HashSet<>(counts.keySet());
        keys.addAll(other.counts.keySet());
        long min = 0;
        long max = 0;
        for (String k : keys) {
            int a = counts.getOrDefault(k, 0);
            int b = other.counts.getOrDefault(k, 0);
            min += Math.min(a, b);
            max += Math.max(a, b);
        }
        return max == 0 ? 1.0 : min / (double) max;
    }

    /** The {@code ta.*} functions called, by their short name ({@code rsi}, {@code atr}): tags for examples. */
    public Set<String> builtinTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String k : counts.keySet()) {
            if (k.startsWith("c:ta.")) {
                tags.add(k.substring(5));
            }
        }
        return tags;
    }

    /** Total tokens: a rough complexity measure. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
