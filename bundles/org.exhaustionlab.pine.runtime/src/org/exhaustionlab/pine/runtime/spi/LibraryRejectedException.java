package org.exhaustionlab.pine.runtime.spi;

/**
 * An indicator library was refused at installation. The message is one line naming the library and the problem:
 * {@code indicator library 'ta' (com.acme.TaPlus) refused: namespace 'ta' is a built-in namespace or name}.
 */
public final class LibraryRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public LibraryRejectedException(String message) {
        super(message);
    }
}
