package org.exhaustionlab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Writes a strategy to a .pine file in the data home and opens it with the workbench's editor for *.pine. */
final class StrategyFiles {

    private StrategyFiles() {
    }

    /** {@code <data home>/evolved/<name>.pine} with {@code source}; the name is made file-safe. */
    static Path write(String name, String source) throws IOException {
        Path file = Prefs.dataHome().resolve("evolved").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pine");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Opens {@code file} in the editor registered for *.pine; returns a one-line outcome for the status line. When no
     * editor for .pine is installed, the file is not handed to the system (that could start any program): the user
     * is told where it is.
     */
    static String open(IWorkbenchPage page, Path file) {
        IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getFileName()
                .toString());
        if (editor == null) {
            return "written to " + file + " (no editor for .pine scripts is installed)";
        }
        try {
            IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            return "opened " + file + " in " + editor.getLabel();
        } catch (PartInitException e) {
            return "written to " + file + "; the editor failed: " + e.getMessage();
        }
    }
}
