package org.exhaustionlab.pine.runtime.interp;

/** break / continue signals; preallocated, no stack traces. */
final class Flow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Flow BREAK = new Flow();
    static final Flow CONTINUE = new Flow();

    private Flow() {
        super(null, null, false, false);
    }
}
