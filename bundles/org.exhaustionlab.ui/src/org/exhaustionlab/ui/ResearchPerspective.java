package org.exhaustionlab.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Research: markets on the left, the editor area for Pine scripts in the middle (chart and console come later). */
public final class ResearchPerspective implements IPerspectiveFactory {

    public static final String ID = "org.exhaustionlab.ui.perspective.research";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.30f, editors);
        left.addView(MarketsView.ID);
        layout.addShowViewShortcut(MarketsView.ID);
    }
}
