package org.exhaustionlab.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.runtime.PineEngine;

/**
 * Checks the whole script the way "Run on chart" will compile it ({@link PineEngine#compile}: parser, semantic
 * checker with the installed libraries, and what the interpreter cannot run) and hands the diagnostics on.
 */
final class PineReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final PineProblemReporter reporter = new PineProblemReporter();
    private volatile IDocument document;
    private volatile ITextViewer viewer;

    void setViewer(ITextViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a check takes milliseconds: nothing to report progress on
    }

    @Override
    public void initialReconcile() {
        check();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        check();
    }

    @Override
    public void reconcile(IRegion partition) {
        check();
    }

    private void check() {
        IDocument doc = document;
        if (doc == null) {
            return;
        }
        List<Diagnostic> diagnostics = diagnostics(doc.get());
        reporter.report(doc, viewer, diagnostics);
    }

    /** The diagnostics the engine gives for {@code source}; a crash of the engine becomes no diagnostics. */
    static List<Diagnostic> diagnostics(String source) {
        try {
            return PineEngine.compile(source, "script.pine").diagnostics();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }
}
