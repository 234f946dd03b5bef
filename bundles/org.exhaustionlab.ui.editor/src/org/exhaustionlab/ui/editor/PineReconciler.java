package org.exhaustionlab.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.Reconciler;

/**
 * Checks the script in the background {@value #DELAY_MS} ms after the last keystroke (the reconciler restarts its
 * timer on every change, which is the debounce) and reports the problems ({@link PineProblemReporter}).
 */
public final class PineReconciler extends Reconciler {

    /** Long enough not to check between the keys of a word, short enough to feel immediate. */
    static final int DELAY_MS = 400;

    private final PineReconcilingStrategy strategy = new PineReconcilingStrategy();

    public PineReconciler() {
        setReconcilingStrategy(strategy, IDocument.DEFAULT_CONTENT_TYPE);
        setIsIncrementalReconciler(false);
        setIsAllowedToModifyDocument(false);
        setDelay(DELAY_MS);
    }

    @Override
    public void install(ITextViewer viewer) {
        strategy.setViewer(viewer);
        super.install(viewer);
    }

    @Override
    public void uninstall() {
        super.uninstall();
        strategy.setViewer(null);
    }
}
