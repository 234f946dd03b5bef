package org.exhaustionlab.pine.runtime.interp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the small class files {@link BarCompiler} needs (JVMS chapter 4): a constant pool, final fields and methods
 * with straight-line or forward-branching code. Version 49 (Java 5), so the JVM verifies by type inference and no
 * stack map frames are needed.
 */
final class ClassBuilder {
    private static final int VERSION = 49;
    static final int ACC_PUBLIC = 0x0001;
    static final int ACC_FINAL = 0x0010;
    static final int ACC_SUPER = 0x0020;

    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> constants = new HashMap<>();
    private int poolCount = 1;
    private final int thisClass;
    private final int superClass;
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();

    ClassBuilder(String internalName, String superInternalName) {
        this.thisClass = classRef(internalName);
        this.superClass = classRef(superInternalName);
    }

    private int entry(String key, int slots, IoWriter w) {
        Integer known = constants.get(key);
        if (known != null) {
            return known;
        }
        try {
            w.write(poolOut);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int index = poolCount;
        poolCount += slots;
        if (poolCount > 0xFFFF) {
            throw new IllegalStateException("constant pool overflow");
        }
        constants.put(key, index);
        return index;
    }

    private interface IoWriter {
        void write(DataOutputStream out) throws IOException;
    }

    int utf8(String s) {
        return entry("U" + s, 1, o -> {
            o.writeByte(1);
            o.writeUTF(s);
        });
    }

    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("C" + internalName, 1, o -> {
            o.writeByte(7);
            o.writeShort(name);
        });
    }

    int integer(int v) {
        return entry("I" + v, 1, o -> {
            o.writeByte(3);
            o.writeInt(v);
        });
    }

    int longConst(long v) {
        return entry("J" + v, 2, o -> {
            o.writeByte(5);
            o.writeLong(v);
        });
    }

    int doubleConst(double v) {
        return entry("D" + Double.doubleToRawLongBits(v), 2, o -> {
            o.writeByte(6);
            o.writeDouble(v);
        });
    }

    private int nameAndType(String name, String descriptor) {
        int n = utf8(name);
        int d = utf8(descriptor);
        return entry("N" + name + ":" + descriptor, 1, o -> {
            o.writeByte(12);
            o.writeShort(n);
            o.writeShort(d);
        });
    }

    int fieldRef(String owner, String name, String descriptor) {
        return memberRef(9, owner, name, descriptor);
    }

    int methodRef(String owner, String name, String descriptor) {
        return memberRef(10, owner, name, descriptor);
    }

    private int memberRef(int tag, String owner, String name, String descriptor) {
        int c = classRef(owner);
        int nt = nameAndType(name, descriptor);
        return entry(tag + owner + "." + name + ":" + descriptor, 1, o -> {
            o.writeByte(tag);
            o.writeShort(c);
            o.writeShort(nt);
        });
    }

    void field(int access, String name, String descriptor) {
        int n = utf8(name);
        int d = utf8(descriptor);
        fields.add(new byte[] {(byte) (access >>> 8), (byte) access, (byte) (n >>> 8), (byte) n, (byte) (d >>> 8),
            (byte) d, 0, 0});
    }

    void method(int access, String name, String descriptor, Code code) {
        int n = utf8(name);
        int d = utf8(descriptor);
        int codeName = utf8("Code");
        byte[] body = code.bytes();
        if (body.length == 0 || body.length > 0xFFFF) {
            throw new IllegalStateException("method " + name + " has " + body.length + " bytes of code");
        }
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(m)) {
            o.writeShort(access);
            o.writeShort(n);
            o.writeShort(d);
            o.writeShort(1);
            o.writeShort(codeName);
            o.writeInt(12 + body.length);
            o.writeShort(code.maxStack);
            o.writeShort(code.maxLocals);
            o.writeInt(body.length);
            o.write(body);
            o.writeShort(0); // exception table
            o.writeShort(0); // attributes
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        methods.add(m.toByteArray());
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(out)) {
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(VERSION);
            poolOut.flush();
            o.writeShort(poolCount);
            o.write(pool.toByteArray());
            o.writeShort(ACC_FINAL | ACC_SUPER);
            o.writeShort(thisClass);
            o.writeShort(superClass);
            o.writeShort(0); // interfaces
            o.writeShort(fields.size());
            for (byte[] f : fields) {
                o.write(f);
            }
            o.writeShort(methods.size());
            for (byte[] m : methods) {
                o.write(m);
            }
            o.writeShort(0); // attributes
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * One method's code. Tracks the operand stack depth as instructions are added (each helper knows its own
     * effect), so max_stack comes out right; branches are forward only and patched when their label is placed.
     */
    static final class Code {
        private byte[] buf = new byte[256];
        private int size;
        private int stack;
        int maxStack;
        int maxLocals;

        int size() {
            return size;
        }

        private void u1(int v) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) v;
        }

        private void u2(int v) {
            u1(v >>> 8);
            u1(v);
        }

        private void adjust(int delta) {
            stack += delta;
            if (stack < 0) {
                throw new IllegalStateException("operand stack underflow");
            }
            maxStack = Math.max(maxStack, stack);
        }

        /** An instruction without operands and its effect on the stack depth (in slots). */
        void op(int opcode, int delta) {
            u1(opcode);
            adjust(delta);
        }

        /** An instruction with a one-byte operand. */
        void op1(int opcode, int operand, int delta) {
            u1(opcode);
            u1(operand);
            adjust(delta);
        }

        /** An instruction with a two-byte operand (constant pool index, sipush). */
        void op2(int opcode, int operand, int delta) {
            u1(opcode);
            u2(operand);
            adjust(delta);
        }

        /** A local load or store, wide when the index needs it. */
        void local(int opcode, int index, int delta) {
            if (index > 0xFF) {
                u1(0xC4); // wide
                u1(opcode);
                u2(index);
                adjust(delta);
            } else {
                op1(opcode, index, delta);
            }
        }

        /** A forward branch whose target is set by {@link #place}; returns the label. */
        Label branch(int opcode, int delta) {
            int at = size;
            u1(opcode);
            u2(0);
            adjust(delta);
            return new Label(at, stack);
        }

        /** Sets a forward branch's target to here. */
        void place(Label l) {
            int offset = size - l.at;
            if (offset > Short.MAX_VALUE) {
                throw new IllegalStateException("branch too long");
            }
            buf[l.at + 1] = (byte) (offset >>> 8);
            buf[l.at + 2] = (byte) offset;
        }

        /** The stack depth after an unconditional jump is whatever the branch target expects: set it explicitly. */
        void depth(int d) {
            stack = d;
        }

        int depth() {
            return stack;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }

    /** A forward branch waiting for its target; {@code depth} is the stack depth at the jump. */
    record Label(int at, int depth) {
    }
}
