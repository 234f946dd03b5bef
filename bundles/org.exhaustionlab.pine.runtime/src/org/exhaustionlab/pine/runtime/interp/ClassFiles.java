package org.exhaustionlab.pine.runtime.interp;

/** The little class-file surgery {@link Specializer} needs (JVMS chapter 4), done in place on the bytes. */
final class ClassFiles {
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;

    private ClassFiles() {
    }

    /** Clears ACC_FINAL on every non-static field. Throws IllegalArgumentException for a malformed class file. */
    static void clearFinalInstanceFields(byte[] b) {
        if (u4(b, 0) != 0xCAFEBABEL) {
            throw new IllegalArgumentException("not a class file");
        }
        int count = u2(b, 8);
        int p = 10;
        for (int i = 1; i < count; i++) {
            int tag = b[p] & 0xFF;
            switch (tag) {
                case 1 -> p += 3 + u2(b, p + 1); // Utf8
                case 3, 4, 9, 10, 11, 12, 17, 18 -> p += 5; // Integer, Float, refs, NameAndType, Dynamic
                case 5, 6 -> { // Long, Double take two slots
                    p += 9;
                    i++;
                }
                case 7, 8, 16, 19, 20 -> p += 3; // Class, String, MethodType, Module, Package
                case 15 -> p += 4; // MethodHandle
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        p += 6; // access_flags, this_class, super_class
        p += 2 + 2 * u2(b, p); // interfaces
        int fields = u2(b, p);
        p += 2;
        for (int f = 0; f < fields; f++) {
            int flags = u2(b, p);
            if ((flags & ACC_STATIC) == 0 && (flags & ACC_FINAL) != 0) {
                flags &= ~ACC_FINAL;
                b[p] = (byte) (flags >>> 8);
                b[p + 1] = (byte) flags;
            }
            p += 6;
            int attributes = u2(b, p);
            p += 2;
            for (int a = 0; a < attributes; a++) {
                p += 6 + (int) u4(b, p + 2);
            }
        }
    }

    private static int u2(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static long u4(byte[] b, int p) {
        return ((long) u2(b, p) << 16) | u2(b, p + 2);
    }
}
