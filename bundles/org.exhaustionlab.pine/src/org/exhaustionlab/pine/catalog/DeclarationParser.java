package org.exhaustionlab.pine.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one (already joined) declaration into an entry; throws IllegalArgumentException saying what is wrong. */
final class DeclarationParser {
    private static final Pattern FLAG = Pattern.compile("@([a-z0-9]+)(?:\\(([^()]*)\\))?");
    private final Map<String, String> methodNamespaces;

    DeclarationParser(Map<String, String> methodNamespaces) {
        this.methodNamespaces = methodNamespaces;
    }

    CatalogEntry parse(String text) {
        String doc = "";
        int bar = SourceText.indexOfTopLevel(text, " | ", 0);
        String head = text;
        if (bar >= 0) {
            doc = text.substring(bar + 3).trim();
            head = text.substring(0, bar).trim();
        }
        Flags flags = new Flags();
        int at = SourceText.indexOfTopLevel(head, " @", 0);
        if (at >= 0) {
            flags.read(head.substring(at + 1).trim());
            head = head.substring(0, at).trim();
        }
        int space = head.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("expected 'fn', 'var', 'const' or 'type' followed by a declaration");
        }
        String keyword = head.substring(0, space);
        String rest = head.substring(space + 1).trim();
        Availability availability = flags.availability();
        return switch (keyword) {
            case "fn" -> function(rest, flags, availability, doc);
            case "var" -> value(rest, false, availability, doc);
            case "const" -> value(rest, true, availability, doc);
            case "type" -> type(rest, availability, doc);
            default -> throw new IllegalArgumentException(
                    "unknown keyword '" + keyword + "' (expected fn, var, const or type)");
        };
    }

    private static TypeSig type(String rest, Availability availability, String doc) {
        String name = rest;
        List<String> typeParams = List.of();
        int lt = rest.indexOf('<');
        if (lt >= 0) {
            if (!rest.endsWith(">")) {
                throw new IllegalArgumentException("type parameters must end with '>': " + rest);
            }
            name = rest.substring(0, lt).trim();
            typeParams = SourceText.splitTopLevel(rest.substring(lt + 1, rest.length() - 1));
        }
        requireName(name);
        return new TypeSig(name, typeParams, availability, doc);
    }

    private static ValueSig value(String rest, boolean constant, Availability availability, String doc) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'name: type' but found '" + rest + "'");
        }
        String name = rest.substring(0, colon).trim();
        requireName(name);
        PineType type = PineType.parse(rest.substring(colon + 1).trim());
        if (constant && type.qualifier() != Qualifier.CONST) {
            throw new IllegalArgumentException("constant " + name + " must have a const type, not '" + type + "'");
        }
        return new ValueSig(name, type, constant, availability, doc);
    }

    private FunctionSig function(String rest, Flags flags, Availability availability, String doc) {
        int open = rest.indexOf('(');
        if (open < 0) {
            throw new IllegalArgumentException("expected '(' after the function name in '" + rest + "'");
        }
        String name = rest.substring(0, open).trim();
        List<String> declaredVars = List.of();
        int lt = name.indexOf('<');
        if (lt >= 0 && name.endsWith(">")) {
            declaredVars = SourceText.splitTopLevel(name.substring(lt + 1, name.length() - 1));
            name = name.substring(0, lt).trim();
        }
        requireName(name);
        int close = SourceText.matchingClose(rest, open);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed '(' in the parameters of " + name);
        }
        String after = rest.substring(close + 1).trim();
        if (!after.startsWith("->")) {
            throw new IllegalArgumentException("expected '-> returnType' after the parameters of " + name);
        }
        PineType returnType = PineType.parse(after.substring(2).trim());
        List<Param> params = new ArrayList<>();
        boolean variadic = false;
        Set<String> seen = new HashSet<>();
        for (String part : SourceText.splitTopLevel(rest.substring(open + 1, close))) {
            if (variadic) {
                throw new IllegalArgumentException("'...' must be the last parameter of " + name);
            }
            if (part.equals("...")) {
                if (params.isEmpty()) {
                    throw new IllegalArgumentException("'...' needs a parameter before it to repeat in " + name);
                }
                variadic = true;
                continue;
            }
            Param p = param(name, part);
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' appears twice in " + name);
            }
            params.add(p);
        }
        List<String> typeVars = typeVariables(params, returnType);
        if (!declaredVars.isEmpty() && !declaredVars.containsAll(typeVars)) {
            throw new IllegalArgumentException(name + " uses type variables " + typeVars + " but declares only "
                    + declaredVars);
        }
        boolean method = flags.method != null ? flags.method : impliedMethod(name, params);
        return new FunctionSig(name, declaredVars.isEmpty() ? typeVars : declaredVars, params, returnType, variadic,
                method, flags.pure, availability, doc);
    }

    private static Param param(String function, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("parameter '" + text + "' of " + function + " needs a type: 'name: type'");
        }
        String pname = text.substring(0, colon).trim();
        if (!SourceText.isIdentifier(pname)) {
            throw new IllegalArgumentException("bad parameter name '" + pname + "' in " + function);
        }
        String typeText = text.substring(colon + 1);
        Availability availability = Availability.ALWAYS;
        int at = SourceText.indexOfTopLevel(typeText, " @", 0);
        if (at >= 0) {
            availability = paramAvailability(function, pname, typeText.substring(at + 1).trim());
            typeText = typeText.substring(0, at);
        }
        String defaultText = null;
        int eq = SourceText.indexOfTopLevel(typeText, "=", 0);
        if (eq >= 0) {
            defaultText = typeText.substring(eq + 1).trim();
            typeText = typeText.substring(0, eq);
            if (defaultText.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + pname + "' of " + function + " has an empty default");
            }
        }
        return new Param(pname, PineType.parse(typeText.trim()), defaultText, "", availability);
    }

    /** A parameter may carry {@code @v5} or {@code @v6} when only that version accepts it. */
    private static Availability paramAvailability(String function, String param, String flag) {
        return switch (flag) {
            case "@v5" -> new Availability(PineVersion.V5, PineVersion.V5, null);
            case "@v6" -> new Availability(PineVersion.V6, PineVersion.LATEST, null);
            default -> throw new IllegalArgumentException("parameter '" + param + "' of " + function
                    + " accepts only @v5 or @v6, not '" + flag + "'");
        };
    }

    /** A function is a method when its namespace offers methods and its first parameter is that namespace's type. */
    private boolean impliedMethod(String name, List<Param> params) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || params.isEmpty()) {
            return false;
        }
        String receiver = methodNamespaces.get(name.substring(0, dot));
        return receiver != null && params.get(0).type().base() instanceof BaseType.Named n
                && n.name().equals(receiver);
    }

    private static List<String> typeVariables(List<Param> params, PineType returnType) {
        Set<String> vars = new LinkedHashSet<>();
        for (Param p : params) {
            collectVars(p.type().base(), vars);
        }
        collectVars(returnType.base(), vars);
        return List.copyOf(vars);
    }

    private static void collectVars(BaseType base, Set<String> out) {
        if (base instanceof BaseType.TypeVar tv) {
            out.add(tv.name());
        } else if (base instanceof BaseType.Named n) {
            n.args().forEach(a -> collectVars(a, out));
        } else if (base instanceof BaseType.Tuple t) {
            t.elements().forEach(e -> collectVars(e.base(), out));
        } else if (base instanceof BaseType.Union u) {
            u.alternatives().forEach(a -> collectVars(a, out));
        }
    }

    private static void requireName(String name) {
        if (!SourceText.isQualifiedName(name)) {
            throw new IllegalArgumentException("bad name '" + name + "'");
        }
    }

    /** The {@code @flag} words after a declaration. */
    private static final class Flags {
        Boolean method;
        boolean pure;
        PineVersion since = PineVersion.V5;
        PineVersion until = PineVersion.LATEST;
        String deprecation;

        void read(String text) {
            Matcher m = FLAG.matcher(text);
            int end = 0;
            while (m.find()) {
                if (!text.substring(end, m.start()).isBlank()) {
                    throw new IllegalArgumentException("unexpected '" + text.substring(end, m.start()).trim()
                            + "' among the flags");
                }
                apply(m.group(1), m.group(2));
                end = m.end();
            }
            if (!text.substring(end).isBlank()) {
                throw new IllegalArgumentException("unexpected '" + text.substring(end).trim() + "' among the flags");
            }
        }

        private void apply(String flag, String arg) {
            switch (flag) {
                case "method" -> method = true;
                case "nomethod" -> method = false;
                case "pure" -> pure = true;
                case "v5" -> until = PineVersion.V5;
                case "v6" -> since = PineVersion.V6;
                case "deprecated" -> deprecation = arg == null ? "" : arg.trim();
                default -> throw new IllegalArgumentException("unknown flag @" + flag
                        + " (known: @method @nomethod @pure @v5 @v6 @deprecated(hint))");
            }
        }

        Availability availability() {
            return new Availability(since, until, deprecation);
        }
    }
}
