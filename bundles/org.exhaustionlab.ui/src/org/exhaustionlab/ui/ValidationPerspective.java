package org.exhaustionlab.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Validation: the readiness score of a strategy, line by line. */
public final class ValidationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.exhaustionlab.ui.perspective.validation";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(ValidationView.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.addShowViewShortcut(ValidationView.ID);
        layout.addPerspectiveShortcut(ResearchPerspective.ID);
        layout.addPerspectiveShortcut(EvolutionPerspective.ID);
    }
}
