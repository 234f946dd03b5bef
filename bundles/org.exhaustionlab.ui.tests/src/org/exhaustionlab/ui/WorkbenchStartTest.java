package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The real workbench application, started under Xvfb: it must open its window on the Research perspective. */
class WorkbenchStartTest {

    @Test
    void opensTheResearchPerspectiveWithTheMarketsView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        Shell shell = window.getShell();
        assertTrue(shell.isVisible(), "window not visible");
        assertEquals("ExhaustionLab", shell.getText());
        assertEquals(ResearchPerspective.ID, window.getActivePage().getPerspective().getId());
        IViewPart view = window.getActivePage().findView(MarketsView.ID);
        assertNotNull(view, "Markets view not shown");
        assertEquals(4, ((MarketsView) view).marketCount(), "the four demo markets");
        UiTestSupport.screenshot(shell, "workbench.png");
    }
}
