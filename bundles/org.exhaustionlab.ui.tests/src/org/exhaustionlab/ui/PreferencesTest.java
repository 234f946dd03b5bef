package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.ui.chart.BacktestDefaults;
import org.junit.jupiter.api.Test;

/** The preference pages store what is typed, and the code that uses the preferences reads it back. */
class PreferencesTest {

    private final Display display = PlatformUI.getWorkbench().getDisplay();

    @Test
    void llmProviderUrlModelAndKeyAreStoredAndUsed() throws Exception {
        Path file = Files.createTempDirectory("secure").resolve("secure_storage");
        ISecurePreferences secure = SecurePreferencesFactory.open(file.toUri().toURL(),
                java.util.Map.of(org.eclipse.equinox.security.storage.provider.IProviderHints.PROMPT_USER, false));
        SecureKeys keys = new SecureKeys(secure);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        LlmPreferencePage page = new LlmPreferencePage(keys);
        page.init(PlatformUI.getWorkbench());
        page.createControl(shell);
        page.type("vllm", "http://127.0.0.1:9999/v1", "qwen-test", "sk-test-1234567");
        assertTrue(page.performOk(), String.valueOf(page.getErrorMessage()));
        shell.dispose();

        assertEquals("vllm", Prefs.provider());
        assertEquals("http://127.0.0.1:9999/v1",
                InstanceScope.INSTANCE.getNode(Prefs.NODE).get(Prefs.urlKey("vllm"), null));
        assertEquals("sk-test-1234567", keys.read("vllm").orElseThrow());
        // encrypted at rest with the product's key-file password provider: neither the key nor its base64 is in
        // the storage file, and the key file is the owner's alone
        assertTrue(keys.lastStoredEncrypted(), "the key was stored encrypted");
        String stored = Files.readString(file);
        assertFalse(stored.contains("sk-test-1234567"), stored);
        assertFalse(stored.contains(java.util.Base64.getEncoder().encodeToString(
                "sk-test-1234567".getBytes(java.nio.charset.StandardCharsets.UTF_8))), stored);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(KeyfilePasswordProvider.keyFile())));
        assertFalse(InstanceScope.INSTANCE.getNode(Prefs.NODE).toString().contains("sk-test"));
        for (String k : InstanceScope.INSTANCE.getNode(Prefs.NODE).keys()) {
            assertFalse(InstanceScope.INSTANCE.getNode(Prefs.NODE).get(k, "").contains("sk-test"),
                    "the key is not in the plain preferences (" + k + ")");
        }
        ProviderConfig config = Prefs.providerConfig("vllm", keys);
        assertEquals("http://127.0.0.1:9999/v1", config.baseUrl());
        assertEquals("qwen-test", config.model());
        assertEquals("sk-test-1234567", config.apiKey().resolve().orElseThrow());
        assertTrue(config.apiKey().description().contains("secure storage"), config.apiKey().description());

        Shell again = new Shell(display);
        LlmPreferencePage reopened = new LlmPreferencePage(keys);
        reopened.init(PlatformUI.getWorkbench());
        reopened.createControl(again);
        reopened.type("vllm", "ftp://nope", "m", "");
        assertFalse(reopened.performOk(), "a URL without http(s) is refused");
        assertTrue(reopened.getErrorMessage().contains("vllm"), reopened.getErrorMessage());
        again.dispose();
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    @Test
    void backtestDefaultsAndDataHomeAreStoredAndReadBack() throws Exception {
        Path home = Prefs.dataHome();
        Prefs.store().setValue(Prefs.CAPITAL, 25_000d);
        Prefs.store().setValue(Prefs.COMMISSION, 0.075d);
        Prefs.store().setValue(Prefs.SLIPPAGE, 2);
        Prefs.save();
        try {
            assertEquals(new BacktestDefaults(25_000, 0.075, 2), BacktestDefaults.fromPreferences());
        } finally {
            Prefs.store().setToDefault(Prefs.CAPITAL);
            Prefs.store().setToDefault(Prefs.COMMISSION);
            Prefs.store().setToDefault(Prefs.SLIPPAGE);
            Prefs.save();
        }
        assertEquals(BacktestDefaults.TRADINGVIEW, BacktestDefaults.fromPreferences());
        assertEquals(home, Prefs.dataHome());
        assertEquals("demo", Prefs.defaultExchange());
    }

    @Test
    void thePreferenceDialogShowsTheExhaustionLabPages() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), LlmPreferencePage.ID,
                new String[] { GeneralPreferencePage.ID, LlmPreferencePage.ID, BacktestPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTestSupport.flush(display, 300);
        assertTrue(dialog.getSelectedPage() instanceof LlmPreferencePage, String.valueOf(dialog.getSelectedPage()));
        UiTestSupport.screenshot(dialog.getShell(), "preferences-llm.png");
        dialog.close();
    }
}
