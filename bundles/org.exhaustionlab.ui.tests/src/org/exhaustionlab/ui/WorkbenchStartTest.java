package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
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
        flush(shell.getDisplay());
        screenshot(shell, "workbench.png");
    }

    private static void flush(Display display) {
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Writes what the user would see under target/screenshots for review. */
    private static void screenshot(Shell shell, String name) throws Exception {
        String folder = System.getProperty("exhaustionlab.screenshots", "target/screenshots");
        Path dir = Files.createDirectories(Path.of(folder));
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertTrue(Files.size(dir.resolve(name)) > 0);
    }
}
