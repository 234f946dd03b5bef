package org.exhaustionlab.ui;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** A field-editor preference page over ExhaustionLab's preference store, saved to disk when the user presses OK. */
abstract class StoredFieldEditorPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    StoredFieldEditorPage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Prefs.store());
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        Prefs.save();
        return ok;
    }
}
