package org.exhaustionlab.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Research: markets on the left, the chart above the editor area where Pine scripts open. */
public final class ResearchPerspective implements IPerspectiveFactory {

    public static final String ID = "org.exhaustionlab.ui.perspective.research";
    /** Contributed by the chart bundle (org.exhaustionlab.ui.chart). */
    static final String CHART_VIEW_ID = org.exhaustionlab.ui.chart.ChartView.ID;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.30f, editors);
        left.addView(MarketsView.ID);
        IFolderLayout top = layout.createFolder("top", IPageLayout.TOP, 0.70f, editors);
        top.addView(CHART_VIEW_ID);
        layout.addShowViewShortcut(MarketsView.ID);
        layout.addShowViewShortcut(CHART_VIEW_ID);
        layout.addPerspectiveShortcut(EvolutionPerspective.ID);
        layout.addPerspectiveShortcut(ValidationPerspective.ID);
    }
}
