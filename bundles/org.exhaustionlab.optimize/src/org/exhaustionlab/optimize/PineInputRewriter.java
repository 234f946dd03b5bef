package org.exhaustionlab.optimize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.ParseResult;
import org.exhaustionlab.pine.PineParser;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.ast.Argument;
import org.exhaustionlab.pine.ast.BoolLiteral;
import org.exhaustionlab.pine.ast.Call;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.FloatLiteral;
import org.exhaustionlab.pine.ast.Identifier;
import org.exhaustionlab.pine.ast.IntLiteral;
import org.exhaustionlab.pine.ast.MemberAccess;
import org.exhaustionlab.pine.ast.Nodes;
import org.exhaustionlab.pine.ast.StringLiteral;
import org.exhaustionlab.pine.ast.Unary;
import org.exhaustionlab.pine.ast.VarDecl;

/**
 * "Apply" for the optimiser: writes chosen values into a Pine script as the new input defaults. Only the default
 * argument ({@code defval}, the first positional or the named one) of each {@code input.int / input.float /
 * input.bool / input.string / input(...)} call is replaced; every other byte of the source stays as it was. An input
 * is matched by its declared variable ({@code len} in {@code len = input.int(14, "Length")}) first, else by its
 * title.
 *
 * @implNote Stateless and thread-safe.
 */
public final class PineInputRewriter {

    private PineInputRewriter() {
    }

    /** One rewritable input call found in the source. */
    private record Site(String variable, String title, String kind, Expr defval) {
    }

    /**
     * The source with the defaults replaced. Throws {@link IllegalArgumentException} when the script does not parse,
     * a key matches no input, or a value does not fit its input's type.
     */
    public static String apply(String source, Map<String, Object> values) {
        ParseResult parsed = PineParser.parse(source);
        if (parsed.hasSyntaxErrors()) {
            Diagnostic first = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .findFirst().orElseThrow();
            throw new IllegalArgumentException("cannot rewrite inputs: syntax error at " + first.line() + ":"
                    + first.column() + " (" + first.message() + ")");
        }
        List<Site> sites = sites(parsed);
        List<int[]> edits = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Site s : sites) {
            String key = s.variable() != null && values.containsKey(s.variable()) ? s.variable()
                    : s.title() != null && values.containsKey(s.title()) ? s.title() : null;
            if (key == null) {
                continue;
            }
            used.add(key);
            SourceRange r = s.defval().range();
            String old = source.substring(r.startOffset(), r.endOffset());
            edits.add(new int[] { r.startOffset(), r.endOffset(), texts.size() });
            texts.add(format(s, key, values.get(key), old));
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no input declared or titled " + unknown + " in the script");
        }
        edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
        StringBuilder out = new StringBuilder(source);
        for (int[] e : edits) {
            out.replace(e[0], e[1], texts.get(e[2]));
        }
        return out.toString();
    }

    private static List<Site> sites(ParseResult parsed) {
        Map<Integer, String> declaredBy = new HashMap<>();
        List<Call> calls = new ArrayList<>();
        Nodes.forEach(parsed.script(), n -> {
            if (n instanceof VarDecl && ((VarDecl) n).initializer() instanceof Call) {
                VarDecl d = (VarDecl) n;
                declaredBy.put(d.initializer().id(), d.name().name());
            } else if (n instanceof Call && inputKind((Call) n) != null) {
                calls.add((Call) n);
            }
        });
        List<Site> out = new ArrayList<>();
        for (Call c : calls) {
            Expr defval = argument(c, 0, "defval");
            if (defval != null) {
                Expr title = argument(c, 1, "title");
                out.add(new Site(declaredBy.get(c.id()), title instanceof StringLiteral
                        ? ((StringLiteral) title).value() : null, inputKind(c), defval));
            }
        }
        return out;
    }

    /** "int", "float", "bool", "string", "" for plain {@code input(...)}, or null for any other call. */
    private static String inputKind(Call c) {
        if (c.callee() instanceof Identifier && ((Identifier) c.callee()).name().equals("input")) {
            return "";
        }
        if (c.callee() instanceof MemberAccess) {
            MemberAccess m = (MemberAccess) c.callee();
            String member = m.member().name();
            if (m.target() instanceof Identifier && ((Identifier) m.target()).name().equals("input")
                    && List.of("int", "float", "bool", "string").contains(member)) {
                return member;
            }
        }
        return null;
    }

    /** The argument at {@code position} when positional, or the one named {@code name}; null when absent. */
    private static Expr argument(Call c, int position, String name) {
        List<Argument> args = c.arguments();
        for (Argument a : args) {
            if (a.name() != null && a.name().name().equals(name)) {
                return a.value();
            }
        }
        return position < args.size() && args.get(position).name() == null ? args.get(position).value() : null;
    }

    private static String format(Site s, String key, Object v, String old) {
        String kind = s.kind().isEmpty() ? literalKind(s.defval()) : s.kind();
        switch (kind) {
            case "int":
                if (v instanceof Number && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue())) {
                    return Long.toString(((Number) v).longValue());
                }
                break;
            case "float":
                if (v instanceof Number && Double.isFinite(((Number) v).doubleValue())) {
                    String t = new BigDecimal(String.valueOf(((Number) v).doubleValue())).stripTrailingZeros()
                            .toPlainString();
                    return t.contains(".") ? t : t + ".0";
                }
                break;
            case "bool":
                if (v instanceof Boolean) {
                    return v.toString();
                }
                break;
            case "string":
                if (v instanceof String) {
                    char q = old.startsWith("'") ? '\'' : '"';
                    String body = ((String) v).replace("\\", "\\\\").replace(String.valueOf(q), "\\" + q)
                            .replace("\n", "\\n");
                    return q + body + q;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("input '" + key + "' (" + (kind.isEmpty() ? "of unknown type" : kind)
                + ") cannot take the value " + v);
    }

    /** The type of a plain {@code input(defval, ...)} from its literal default. */
    private static String literalKind(Expr e) {
        Expr x = e instanceof Unary ? ((Unary) e).operand() : e;
        if (x instanceof IntLiteral) {
            return "int";
        } else if (x instanceof FloatLiteral) {
            return "float";
        } else if (x instanceof BoolLiteral) {
            return "bool";
        } else if (x instanceof StringLiteral) {
            return "string";
        }
        return "";
    }
}
