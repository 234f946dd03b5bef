package org.exhaustionlab.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Pine script in an editor, as the commands need it: the text as it is in the editor (saved or not) and a name.
 *
 * @param file the workspace file, or null for a file outside the workspace
 */
record ActiveScript(String name, String source, IFile file) {

    /**
     * The script in the page's active editor; when that holds no .pine text (or no editor was active yet, as right
     * after the first start opened the flagship), the first .pine editor the page shows. Null when there is none.
     */
    static ActiveScript of(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        ActiveScript active = of(page.getActiveEditor());
        if (active != null) {
            return active;
        }
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart editor = ref.getEditor(false);
            if (editor != null && page.isPartVisible(editor)) {
                ActiveScript shown = of(editor);
                if (shown != null) {
                    return shown;
                }
            }
        }
        return null;
    }

    static ActiveScript of(IEditorPart editor) {
        if (!(editor instanceof ITextEditor text) || !editor.getEditorInput().getName().endsWith(".pine")) {
            return null;
        }
        IDocument document = text.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document == null) {
            return null;
        }
        return new ActiveScript(editor.getEditorInput().getName(), document.get(),
                editor.getEditorInput().getAdapter(IFile.class));
    }
}
