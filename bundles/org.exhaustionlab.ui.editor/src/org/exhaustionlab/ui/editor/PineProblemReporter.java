package org.exhaustionlab.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;

/**
 * Shows the checker's diagnostics. For a workspace file (the shipped scripts are linked into the "ExhaustionLab"
 * project) they become {@link #MARKER_TYPE} problem markers: the editor's ruler and the Problems view show them and
 * they survive closing the editor. A file opened from outside the workspace has no resource to mark, so its problems
 * are annotations in the editor only.
 */
final class PineProblemReporter {

    /** Our problem marker type (declared in plugin.xml): a problem and a text marker, not persisted. */
    static final String MARKER_TYPE = "org.exhaustionlab.ui.editor.problem";

    private List<Annotation> shown = List.of();

    void report(IDocument document, ITextViewer viewer, List<Diagnostic> diagnostics) {
        IFile file = workspaceFileOf(document);
        if (file != null) {
            mark(file, document, diagnostics);
        } else if (viewer instanceof ISourceViewer source) {
            annotate(source.getAnnotationModel(), document, diagnostics);
        }
    }

    /** The workspace file whose buffer holds {@code document}, or null. */
    static IFile workspaceFileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.exists() ? file : null;
    }

    private static void mark(IFile file, IDocument document, List<Diagnostic> diagnostics) {
        try {
            List<Map<String, Object>> wanted = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                wanted.add(attributes(d, document.getLength()));
            }
            IMarker[] existing = file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
            if (same(existing, wanted)) {
                return; // nothing changed: no flicker in the ruler and the Problems view
            }
            ResourcesPlugin.getWorkspace().run(monitor -> {
                file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
                for (Map<String, Object> attributes : wanted) {
                    file.createMarker(MARKER_TYPE, attributes);
                }
            }, file, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(PineProblemReporter.class).error("cannot mark the problems of " + file.getFullPath(), e);
        }
    }

    private static Map<String, Object> attributes(Diagnostic d, int documentLength) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, d.message() + " [" + d.code() + "]");
        a.put(IMarker.SEVERITY, switch (d.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        a.put(IMarker.LINE_NUMBER, d.line());
        int start = Math.min(d.range().startOffset(), documentLength);
        a.put(IMarker.CHAR_START, start);
        a.put(IMarker.CHAR_END, Math.max(start + 1, Math.min(d.range().endOffset(), documentLength)));
        a.put(IMarker.LOCATION, "line " + d.line());
        a.put(IMarker.SOURCE_ID, "Pine checker");
        return a;
    }

    private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
        if (existing.length != wanted.size()) {
            return false;
        }
        List<Map<String, Object>> have = new ArrayList<>();
        for (IMarker m : existing) {
            have.add(m.getAttributes());
        }
        for (Map<String, Object> w : wanted) {
            if (have.stream().noneMatch(h -> w.entrySet().stream()
                    .allMatch(e -> Objects.equals(h.get(e.getKey()), e.getValue())))) {
                return false;
            }
        }
        return true;
    }

    private synchronized void annotate(IAnnotationModel model, IDocument document, List<Diagnostic> diagnostics) {
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            String type = d.severity() == Severity.ERROR ? "org.eclipse.ui.workbench.texteditor.error"
                    : d.severity() == Severity.WARNING ? "org.eclipse.ui.workbench.texteditor.warning"
                            : "org.eclipse.ui.workbench.texteditor.info";
            int start = Math.min(d.range().startOffset(), document.getLength());
            int end = Math.max(start, Math.min(d.range().endOffset(), document.getLength()));
            added.put(new Annotation(type, false, "line " + d.line() + ": " + d.message() + " [" + d.code() + "]"),
                    new Position(start, Math.max(1, end - start)));
        }
        Annotation[] removed = shown.toArray(new Annotation[0]);
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed, added);
        } else {
            for (Annotation a : removed) {
                model.removeAnnotation(a);
            }
            added.forEach(model::addAnnotation);
        }
        shown = new ArrayList<>(added.keySet());
    }
}
