package org.exhaustionlab.optimize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every fitness function a user can select by name: the built-in {@link FitnessPresets} (always there) and the ones
 * contributed by add-ons. Under OSGi a Declarative Services component installs each {@link FitnessFunction}
 * service here and uninstalls it when the service goes away; plain Java callers may {@link #install} directly.
 *
 * @implNote Thread-safe: changes are serialised and publish an immutable map; reads are one volatile read.
 */
public final class FitnessRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Add-on functions by name, in installation order. */
    private static volatile Map<String, FitnessFunction> addOns = Map.of();

    private FitnessRegistry() {
    }

    /**
     * The function with this name (case-insensitive, '-' = '_'): a built-in preset or alias, else an installed add-on.
     *
     * @throws IllegalArgumentException one line naming the unknown function and every installed name
     */
    public static FitnessFunction byName(String name) {
        String key = normalise(name);
        if (FitnessPresets.names().contains(key)) {
            return FitnessPresets.byName(key);
        }
        FitnessFunction f = addOns.get(key);
        if (f == null) {
            throw new IllegalArgumentException("unknown fitness function '" + name + "'; installed: "
                    + String.join(", ", names()));
        }
        return f;
    }

    /** The built-in preset names and aliases, then the add-ons' names. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(FitnessPresets.names());
        names.addAll(addOns.keySet());
        return Collections.unmodifiableList(names);
    }

    /** The functions contributed by add-ons, in installation order (the built-ins are not included). */
    public static List<FitnessFunction> addOns() {
        return List.copyOf(addOns.values());
    }

    /**
     * Makes an add-on's function selectable by its name. Installing the very same instance again does nothing.
     *
     * @throws IllegalArgumentException one line saying why the function is refused: a malformed name, or a name
     *     taken by a built-in preset or by another installed function
     */
    public static synchronized void install(FitnessFunction f) {
        String name = f.name();
        String who = "fitness function '" + name + "' (" + f.getClass().getName() + ")";
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(who + " refused: a name is upper-case letters, digits and '_', "
                    + "starting with a letter, such as CALMAR");
        }
        if (FitnessPresets.names().contains(name)) {
            if (FitnessPresets.byName(name) == f) {
                return; // a built-in preset offered as a service: it is always here
            }
            throw new IllegalArgumentException(who + " refused: " + name + " is a built-in preset");
        }
        FitnessFunction existing = addOns.get(name);
        if (existing == f) {
            return;
        }
        if (existing != null) {
            throw new IllegalArgumentException(who + " refused: the name is taken by "
                    + existing.getClass().getName());
        }
        Map<String, FitnessFunction> next = new LinkedHashMap<>(addOns);
        next.put(name, f);
        addOns = Collections.unmodifiableMap(next);
    }

    /** Removes an add-on's function (by identity); returns false when it was not installed. */
    public static synchronized boolean uninstall(FitnessFunction f) {
        Map<String, FitnessFunction> next = new LinkedHashMap<>(addOns);
        if (!next.values().removeIf(existing -> existing == f)) {
            return false;
        }
        addOns = Collections.unmodifiableMap(next);
        return true;
    }

    /** Whether the name denotes a built-in preset or alias rather than an add-on. */
    public static boolean isBuiltIn(String name) {
        return FitnessPresets.names().contains(normalise(name));
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
