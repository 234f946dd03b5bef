package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Event-loop and screenshot helpers for tests that run in the workbench's UI thread. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop for {@code millis} so posted events and repaints are processed. */
    static void flush(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** Writes what the user sees under target/screenshots for review. */
    static void screenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        flush(display, 300);
        Path dir = Files.createDirectories(Path.of(System.getProperty("exhaustionlab.screenshots", "target/screenshots")));
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertTrue(Files.size(dir.resolve(name)) > 0);
    }
}
