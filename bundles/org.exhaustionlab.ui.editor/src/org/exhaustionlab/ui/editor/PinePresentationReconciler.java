package org.exhaustionlab.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Colours Pine source with the lexer's tokens ({@link PineTokenScanner}). Every change repaints the whole script:
 * typing a quote or a '(' can change the colour of text on other lines, and scripts are small.
 */
public final class PinePresentationReconciler extends PresentationReconciler {

    public PinePresentationReconciler() {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new PineTokenScanner()) {
            @Override
            public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean changed) {
                return new Region(0, event.getDocument().getLength());
            }
        };
        setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
    }
}
