package org.exhaustionlab.pine.runtime.interp;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every node of a compiled tree a class of its own, so the JIT sees one receiver class at each call site.
 *
 * <p>Why: a tree interpreter spends its time in virtual calls such as {@code left.d(f)} inside the one shared
 * {@code FAdd.d}; that call site sees every node class of every script, so the JIT cannot inline it. Here each node
 * instance becomes an instance of a private hidden copy of its class (same bytecode, same package and nest), whose
 * child fields point at the children's own copies: each call site then has exactly one receiver class, and C2
 * inlines a whole statement into one compiled method. Semantics cannot change: the copies run the same bytecode on
 * the same field values; nodes keep no per-run state (that lives in {@link Frame}).
 *
 * <p>Only worth it for long runs (defining ~100 classes costs milliseconds): {@link Executable} specialises once per
 * compiled script, lazily, when a run is long. Anything that cannot be copied (classes outside this package, a
 * missing class file, no {@code sun.misc.Unsafe}) keeps its original node, so the worst case is today's speed.
 */
final class Specializer {
    private static final String PACKAGE = Specializer.class.getPackageName();
    private static final Map<Class<?>, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, MethodHandles.Lookup> LOOKUPS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Object UNSAFE = unsafe();
    private static final java.lang.reflect.Method ALLOCATE = allocateMethod();

    private final Map<Ex, Ex> copies = new IdentityHashMap<>();
    private int copied;
    /** What the latest specialisation copied and kept (for tests and diagnostics). */
    static volatile int lastCopied;
    static volatile List<String> lastKept = List.of();
    private final java.util.Set<String> kept = new java.util.TreeSet<>();

    private Specializer() {
    }

    /** True when this JVM lets us copy nodes at all. */
    static boolean available() {
        return ALLOCATE != null;
    }

    /** Copies of {@code roots} (same order), sharing copies where the original tree shares nodes. */
    static Ex[] specialize(Ex[] roots) {
        Map<Ex, Ex> twins = specializeAll(roots);
        Ex[] out = new Ex[roots.length];
        for (int i = 0; i < roots.length; i++) {
            out[i] = roots[i] == null ? null : twins.getOrDefault(roots[i], roots[i]);
        }
        return out;
    }

    /** Every node reachable from {@code roots} mapped to its copy (itself when it could not be copied). */
    static Map<Ex, Ex> specializeAll(Ex[] roots) {
        Specializer s = new Specializer();
        for (Ex root : roots) {
            s.copy(root);
        }
        lastCopied = s.copied;
        lastKept = List.copyOf(s.kept);
        return s.copies;
    }

    private Ex copy(Ex node) {
        if (node == null) {
            return null;
        }
        Ex done = copies.get(node);
        if (done != null) {
            return done;
        }
        Ex twin = twin(node);
        copies.put(node, twin);
        if (twin != node) {
            copied++;
        }
        return twin;
    }

    /** A hidden-class copy of {@code node} with its children copied too, or {@code node} itself when impossible. */
    private Ex twin(Ex node) {
        Class<?> cls = node.getClass();
        if (ALLOCATE == null || !PACKAGE.equals(cls.getPackageName()) || cls.isHidden()) {
            kept.add(cls.getName());
            return node;
        }
        try {
            byte[] bytes = BYTES.computeIfAbsent(cls, Specializer::patchedBytes);
            if (bytes.length == 0) {
                return node;
            }
            MethodHandles.Lookup lookup = LOOKUPS.computeIfAbsent(cls.getNestHost(), Specializer::lookupIn);
            Class<?> hidden = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE)
                    .lookupClass();
            Object instance = ALLOCATE.invoke(UNSAFE, hidden);
            // register before copying fields so cycles (if any) resolve to this copy
            copies.put(node, (Ex) instance);
            for (Field from : fields(cls)) {
                Object value = from.get(node);
                Field to = from.getDeclaringClass() == cls ? hidden.getDeclaredField(from.getName()) : from;
                to.setAccessible(true);
                to.set(instance, childCopy(value));
            }
            return (Ex) instance;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            kept.add(cls.getName() + ": " + e);
            copies.remove(node);
            return node;
        }
    }

    private Object childCopy(Object value) {
        if (value instanceof Ex) {
            return copy((Ex) value);
        }
        if (value instanceof Ex[]) {
            Ex[] from = (Ex[]) value;
            Ex[] to = from.clone();
            for (int i = 0; i < to.length; i++) {
                to[i] = copy(from[i]);
            }
            return to;
        }
        return value;
    }

    /** Instance fields of {@code cls} and its superclasses up to Object. */
    private static List<Field> fields(Class<?> cls) {
        return FIELDS.computeIfAbsent(cls, c -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        out.add(f);
                    }
                }
            }
            return out;
        });
    }

    private static MethodHandles.Lookup lookupIn(Class<?> host) {
        try {
            return MethodHandles.privateLookupIn(host, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class file of {@code cls} with ACC_FINAL removed from its instance fields (so copies can be filled). */
    private static byte[] patchedBytes(Class<?> cls) {
        String resource = cls.getName().substring(cls.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = cls.getResourceAsStream(resource)) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readAllBytes();
            ClassFiles.clearFinalInstanceFields(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static Object unsafe() {
        try {
            Class<?> c = Class.forName("sun.misc.Unsafe");
            Field f = c.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static java.lang.reflect.Method allocateMethod() {
        if (UNSAFE == null) {
            return null;
        }
        try {
            return UNSAFE.getClass().getMethod("allocateInstance", Class.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
