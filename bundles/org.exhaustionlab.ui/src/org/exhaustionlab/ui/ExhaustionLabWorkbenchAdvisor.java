package org.exhaustionlab.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens every new window on the Research perspective and remembers the layout between sessions. */
final class ExhaustionLabWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ResearchPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(
                    org.eclipse.ui.application.IActionBarConfigurer actionBars) {
                return new ExhaustionLabActionBarAdvisor(actionBars);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1400, 900));
                window.setShowCoolBar(false);
                window.setShowStatusLine(true);
                window.setShowMenuBar(true);
                window.setShowProgressIndicator(true);
                window.setShowPerspectiveBar(true);
                window.setTitle("ExhaustionLab");
            }
        };
    }
}
