package org.exhaustionlab.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.exhaustionlab.pine.ide.PineHighlighter;
import org.osgi.service.prefs.BackingStoreException;

/**
 * First start: links the shipped Pine scripts ({@code -Dexhaustionlab.pine}, set by the launcher) into the workspace
 * project "ExhaustionLab" as the folder {@code pine}, so they are workspace files (problem markers, Problems view),
 * and opens the flagship strategy in the editor, ready to run on the chart's demo data. Later starts leave the
 * editors as the user left them (the workbench restores them).
 */
public final class FlagshipOpener implements IStartup {

    public static final String PROJECT = "ExhaustionLab";
    public static final String FLAGSHIP = "strategies/exhaustion_signal.pine";
    private static final String OPENED_KEY = "flagshipOpened";

    @Override
    public void earlyStartup() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("org.exhaustionlab.ui.editor");
        if (prefs.getBoolean(OPENED_KEY, false)) {
            return;
        }
        IFile flagship;
        try {
            flagship = flagship();
        } catch (CoreException e) {
            ILog.of(FlagshipOpener.class).error("cannot link the shipped Pine scripts into the workspace", e);
            return;
        }
        if (flagship == null || !flagship.exists()) {
            return; // no shipped scripts (-Dexhaustionlab.pine unset): nothing to open
        }
        warmUp(flagship);
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                // shown, not activated: the part the user (or a test) works in keeps the focus
                IDE.openEditor(window.getActivePage(), flagship, false);
                prefs.putBoolean(OPENED_KEY, true);
                prefs.flush();
            } catch (PartInitException | BackingStoreException e) {
                ILog.of(FlagshipOpener.class).error("cannot open " + flagship.getFullPath(), e);
            }
        });
    }

    /**
     * Loads the catalog and colours the script once here in the background, so that opening the editor on the UI
     * thread does not wait for the first catalog load (about a second).
     */
    private static void warmUp(IFile flagship) {
        try (java.io.InputStream in = flagship.getContents()) {
            PineHighlighter.tokens(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (CoreException | java.io.IOException e) {
            // the editor will report what is wrong with the file
        }
    }

    /** The shipped pine/ folder, or null. */
    public static Path pineFolder() {
        String configured = System.getProperty("exhaustionlab.pine");
        Path folder = configured != null ? Path.of(configured) : Path.of("pine");
        return Files.isDirectory(folder.resolve("strategies")) ? folder.toAbsolutePath().normalize() : null;
    }

    /** The flagship as a workspace file, linking the shipped scripts into the project first; null without them. */
    public static IFile flagship() throws CoreException {
        IFolder pine = linkedPineFolder();
        return pine == null ? null : pine.getFile(FLAGSHIP);
    }

    /** The project folder {@code pine} linked to the shipped scripts (created when missing), or null. */
    public static IFolder linkedPineFolder() throws CoreException {
        Path shipped = pineFolder();
        if (shipped == null) {
            return null;
        }
        IProject project = project();
        IFolder folder = project.getFolder("pine");
        IPath target = IPath.fromOSString(shipped.toString());
        if (folder.exists() && !target.equals(folder.getLocation())) {
            folder.delete(true, null); // linked to an older checkout: relink (deleting a link keeps the files)
        }
        if (!folder.exists()) {
            folder.createLink(target, IResource.REPLACE, null);
        } else {
            folder.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
        return folder;
    }

    /** The "ExhaustionLab" workspace project, created and opened when needed. */
    public static IProject project() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }
}
