package org.exhaustionlab.ui;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;

/** Preferences &gt; ExhaustionLab: the data home (store, reports, evolved scripts) and the default exchange. */
public final class GeneralPreferencePage extends StoredFieldEditorPage {

    public static final String ID = "org.exhaustionlab.ui.preferences.general";

    public GeneralPreferencePage() {
        super("Where ExhaustionLab keeps its data, and the exchange charts and downloads use by default.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(Prefs.DATA_HOME, "&Data home:", getFieldEditorParent()));
        String[] ids = Feeds.ids();
        String[][] entries = new String[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            entries[i] = new String[] { ids[i], ids[i] };
        }
        addField(new ComboFieldEditor(Prefs.EXCHANGE, "Default &exchange:", entries, getFieldEditorParent()));
    }
}
