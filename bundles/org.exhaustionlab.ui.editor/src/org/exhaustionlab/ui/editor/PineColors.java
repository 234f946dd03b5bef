package org.exhaustionlab.ui.editor;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.exhaustionlab.pine.ide.PineTokenKind;

/** The text style of each token kind (light theme; colours need no disposal since SWT 3.120). */
final class PineColors {

    private static final Map<PineTokenKind, TextAttribute> STYLES = new EnumMap<>(PineTokenKind.class);

    static {
        put(PineTokenKind.KEYWORD, 127, 0, 85, SWT.BOLD);
        put(PineTokenKind.TYPE, 0, 102, 153, SWT.BOLD);
        put(PineTokenKind.BUILTIN_FUNCTION, 0, 80, 200, SWT.NORMAL);
        put(PineTokenKind.BUILTIN_VARIABLE, 150, 70, 0, SWT.ITALIC);
        put(PineTokenKind.NAMESPACE, 0, 110, 110, SWT.NORMAL);
        put(PineTokenKind.NUMBER, 9, 134, 88, SWT.NORMAL);
        put(PineTokenKind.STRING, 163, 21, 21, SWT.NORMAL);
        put(PineTokenKind.COLOR, 200, 0, 120, SWT.NORMAL);
        put(PineTokenKind.COMMENT, 63, 127, 95, SWT.ITALIC);
        put(PineTokenKind.ANNOTATION, 100, 100, 100, SWT.BOLD);
        put(PineTokenKind.INVALID, 220, 0, 0, SWT.BOLD);
    }

    private PineColors() {
    }

    private static void put(PineTokenKind kind, int r, int g, int b, int style) {
        STYLES.put(kind, new TextAttribute(new Color(r, g, b), null, style));
    }

    /** The style of a kind; null for names and operators, which keep the editor's text colour. */
    static TextAttribute of(PineTokenKind kind) {
        return STYLES.get(kind);
    }
}
