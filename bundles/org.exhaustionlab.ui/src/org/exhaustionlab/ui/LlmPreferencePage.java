package org.exhaustionlab.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.exhaustionlab.llm.ProviderPresets;

/**
 * Preferences &gt; ExhaustionLab &gt; LLM Providers: the provider evolution uses, and per provider its base URL, model
 * and API key. The key goes to Eclipse secure storage, never to the preferences.
 */
public final class LlmPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.exhaustionlab.ui.preferences.llm";

    private final SecureKeys keys;
    private Combo provider;
    private Text url;
    private Text model;
    private Text key;
    private Label keyNote;
    /** Edits per provider, kept while the user switches between providers on the page. */
    private final Map<String, String[]> edits = new HashMap<>();
    private String shown;

    public LlmPreferencePage() {
        this(null);
    }

    /** With another secure store (tests); null = the user's default secure storage. */
    LlmPreferencePage(SecureKeys keys) {
        this.keys = keys;
        setDescription("The model server evolution talks to (OpenAI-compatible). API keys are kept in Eclipse "
                + "secure storage.");
    }

    private SecureKeys keys() {
        return keys != null ? keys : SecureKeys.standard();
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Prefs.store());
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return Prefs.store();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText("&Provider:");
        provider = new Combo(c, SWT.READ_ONLY);
        provider.setItems(ProviderPresets.ids().toArray(new String[0]));
        url = field(c, "Base &URL:", SWT.BORDER);
        model = field(c, "&Model:", SWT.BORDER);
        key = field(c, "API &key:", SWT.BORDER | SWT.PASSWORD);
        keyNote = new Label(c, SWT.WRAP);
        keyNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        provider.addListener(SWT.Selection, e -> show(provider.getText()));
        int index = ProviderPresets.ids().indexOf(getPreferenceStore().getString(Prefs.PROVIDER));
        provider.select(Math.max(0, index));
        show(provider.getText());
        return c;
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** Shows (after remembering the edits of the provider shown so far) the values of {@code id}. */
    void show(String id) {
        remember();
        String[] values = edits.get(id);
        if (values == null) {
            values = new String[] { getPreferenceStore().getString(Prefs.urlKey(id)),
                    getPreferenceStore().getString(Prefs.modelKey(id)), keys().read(id).orElse("") };
        }
        url.setText(values[0]);
        model.setText(values[1]);
        key.setText(values[2]);
        keyNote.setText(values[2].isEmpty() ? "No key stored: the provider's environment variables are used." : "");
        shown = id;
    }

    private void remember() {
        if (shown != null) {
            edits.put(shown, new String[] { url.getText().strip(), model.getText().strip(), key.getText().strip() });
        }
    }

    /** Fills the fields of the shown provider as a user would type (for tests). */
    void type(String provider, String baseUrl, String modelName, String apiKey) {
        this.provider.select(ProviderPresets.ids().indexOf(provider));
        show(provider);
        url.setText(baseUrl);
        model.setText(modelName);
        key.setText(apiKey);
    }

    @Override
    public boolean performOk() {
        remember();
        String bad = edits.entrySet().stream().filter(e -> !e.getValue()[0].matches("(?i)https?://.+"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (bad != null) {
            setErrorMessage("The base URL of " + bad + " must start with http:// or https://");
            return false;
        }
        IPreferenceStore store = getPreferenceStore();
        store.setValue(Prefs.PROVIDER, provider.getText());
        StringBuilder plain = new StringBuilder();
        for (Map.Entry<String, String[]> e : edits.entrySet()) {
            store.setValue(Prefs.urlKey(e.getKey()), e.getValue()[0]);
            store.setValue(Prefs.modelKey(e.getKey()), e.getValue()[1]);
            try {
                SecureKeys k = keys();
                k.store(e.getKey(), e.getValue()[2]);
                if (!e.getValue()[2].isEmpty() && !k.lastStoredEncrypted()) {
                    plain.append(plain.length() > 0 ? ", " : "").append(e.getKey());
                }
            } catch (Exception ex) {
                setErrorMessage("Could not store the API key of " + e.getKey() + " in secure storage: "
                        + ex.getMessage());
                return false;
            }
        }
        if (plain.length() > 0) {
            setMessage("Keys of " + plain + " are in secure storage unencrypted: no password provider is installed.",
                    WARNING);
        }
        Prefs.save();
        return super.performOk();
    }

    @Override
    protected void performDefaults() {
        String id = provider.getText();
        url.setText(getPreferenceStore().getDefaultString(Prefs.urlKey(id)));
        model.setText(getPreferenceStore().getDefaultString(Prefs.modelKey(id)));
        super.performDefaults();
    }
}
