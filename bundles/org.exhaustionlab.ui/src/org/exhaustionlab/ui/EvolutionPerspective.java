package org.exhaustionlab.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Evolution: the run form, fitness chart and population on top, the registry below, scripts in the editor area. */
public final class EvolutionPerspective implements IPerspectiveFactory {

    public static final String ID = "org.exhaustionlab.ui.perspective.evolution";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout top = layout.createFolder("evolution.top", IPageLayout.TOP, 0.55f, editors);
        top.addView(EvolutionView.ID);
        IFolderLayout right = layout.createFolder("evolution.right", IPageLayout.RIGHT, 0.5f, editors);
        right.addView(RegistryView.ID);
        layout.addShowViewShortcut(EvolutionView.ID);
        layout.addShowViewShortcut(RegistryView.ID);
        layout.addPerspectiveShortcut(ResearchPerspective.ID);
        layout.addPerspectiveShortcut(ValidationPerspective.ID);
    }
}
