package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** User-defined types: descriptors, objects with typed field storage, construction, field access and copy. */
final class Udt {
    private Udt() {
    }

    /** A compiled {@code type} declaration. Field defaults are evaluated when an object is created. */
    static final class Info {
        final String name;
        final List<String> fields = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        final List<Info> fieldTypes = new ArrayList<>();
        final List<Integer> slots = new ArrayList<>();
        int doubles;
        int longs;
        int objects;

        /** For array types: the element kind and (for arrays of objects) the element's type; else null. */
        final Kind elem;
        final Info elemType;

        Info(String name) {
            this(name, null, null);
        }

        private Info(String name, Kind elem, Info elemType) {
            this.name = name;
            this.elem = elem;
            this.elemType = elemType;
        }

        private static final java.util.Map<String, Info> ARRAYS = new java.util.concurrent.ConcurrentHashMap<>();

        /** The static type of an array with elements of {@code elem} ({@code elemType} for objects). */
        static Info array(Kind elem, Info elemType) {
            String name = "array<" + (elemType != null ? elemType.name : elem.name().toLowerCase()) + ">";
            return ARRAYS.computeIfAbsent(name, n -> new Info(n, elem, elemType));
        }

        boolean isArray() {
            return elem != null && key == null && !matrix;
        }

        /** True for matrix types (elem/elemType then describe the elements). */
        boolean matrix;

        private static final java.util.Map<String, Info> MATRICES = new java.util.concurrent.ConcurrentHashMap<>();

        /** The static type of {@code matrix<elem>} ({@code elemType} for matrices of objects). */
        static Info matrix(Kind elem, Info elemType) {
            String name = "matrix<" + (elemType != null ? elemType.name : elem.name().toLowerCase()) + ">";
            return MATRICES.computeIfAbsent(name, n -> {
                Info i = new Info(n, elem, elemType);
                i.matrix = true;
                return i;
            });
        }

        boolean isMatrix() {
            return matrix;
        }

        /** For map types: the key kind (elem/elemType then describe the values); else null. */
        Kind key;

        private static final java.util.Map<String, Info> MAPS = new java.util.concurrent.ConcurrentHashMap<>();

        /** The static type of {@code map<key, value>}. */
        static Info map(Kind key, Kind value, Info valueType) {
            String name = "map<" + key.name().toLowerCase() + ", "
                    + (valueType != null ? valueType.name : value.name().toLowerCase()) + ">";
            return MAPS.computeIfAbsent(name, n -> {
                Info i = new Info(n, value, valueType);
                i.key = key;
                return i;
            });
        }

        boolean isMap() {
            return key != null;
        }

        int add(String field, Kind kind, Info type) {
            fields.add(field);
            kinds.add(kind);
            fieldTypes.add(type);
            int slot = kind == Kind.FLOAT ? doubles++ : kind.inLong() || kind == Kind.BOOL ? longs++ : objects++;
            slots.add(slot);
            return fields.size() - 1;
        }

        int index(String field) {
            return fields.indexOf(field);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An object of a user-defined type (a reference: assignment shares it, {@code copy()} duplicates it). */
    static final class Obj {
        final Info type;
        final double[] d;
        final long[] l;
        final Object[] o;

        Obj(Info type) {
            this.type = type;
            this.d = new double[type.doubles];
            this.l = new long[type.longs];
            this.o = new Object[type.objects];
        }

        Obj copy() {
            Obj c = new Obj(type);
            System.arraycopy(d, 0, c.d, 0, d.length);
            System.arraycopy(l, 0, c.l, 0, l.length);
            System.arraycopy(o, 0, c.o, 0, o.length);
            return c;
        }

        @Override
        public String toString() {
            return type.name + "{...}";
        }
    }

    /** A member of a user-defined enum; equal by identity of (enum, member). */
    record EnumValue(String enumName, String member, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    static void store(Obj obj, int slot, Kind kind, Ex value, Frame f) {
        switch (kind) {
            case FLOAT -> obj.d[slot] = value.d(f);
            case INT, COLOR -> obj.l[slot] = value.l(f);
            case BOOL -> obj.l[slot] = value.b(f) ? 1 : 0;
            default -> obj.o[slot] = value.o(f);
        }
    }

    /** {@code Type.new(...)}: one value per field (argument or field default, already coerced). */
    static final class New extends Ex {
        final Info type;
        final Ex[] values;

        New(Info type, Ex[] values, SourceRange pos) {
            super(Kind.OBJECT, pos);
            this.type = type;
            this.values = values;
            this.udt = type;
        }

        @Override
        Object o(Frame f) {
            Obj obj = new Obj(type);
            for (int i = 0; i < values.length; i++) {
                store(obj, type.slots.get(i), type.kinds.get(i), values[i], f);
            }
            return obj;
        }
    }

    static Obj target(Ex target, Frame f, String field, SourceRange pos) {
        Object o = target.o(f);
        if (o == null) {
            throw new PineError("Cannot access field '" + field + "' of an na object", pos);
        }
        return (Obj) o;
    }

    static final class Get extends Ex {
        final Ex target;
        final int slot;
        final String field;

        Get(Ex target, Info type, int index, SourceRange pos) {
            super(type.kinds.get(index), pos);
            this.target = target;
            this.slot = type.slots.get(index);
            this.field = type.fields.get(index);
            this.udt = type.fieldTypes.get(index);
        }

        @Override
        double d(Frame f) {
            return target(target, f, field, pos).d[slot];
        }

        @Override
        long l(Frame f) {
            return target(target, f, field, pos).l[slot];
        }

        @Override
        boolean b(Frame f) {
            return target(target, f, field, pos).l[slot] == 1;
        }

        @Override
        Object o(Frame f) {
            return target(target, f, field, pos).o[slot];
        }
    }

    static final class Set extends Ex {
        final Ex target;
        final int slot;
        final String field;
        final Ex value;

        Set(Ex target, Info type, int index, Ex value, SourceRange pos) {
            super(Kind.VOID, pos);
            this.target = target;
            this.slot = type.slots.get(index);
            this.field = type.fields.get(index);
            this.value = value;
        }

        @Override
        Object o(Frame f) {
            store(target(target, f, field, pos), slot, value.kind, value, f);
            return null;
        }
    }

    static final class Copy extends Ex {
        final Ex target;

        Copy(Ex target, SourceRange pos) {
            super(Kind.OBJECT, pos);
            this.target = target;
            this.udt = target.udt;
        }

        @Override
        Object o(Frame f) {
            Object o = target.o(f);
            return o == null ? null : ((Obj) o).copy();
        }
    }
}
