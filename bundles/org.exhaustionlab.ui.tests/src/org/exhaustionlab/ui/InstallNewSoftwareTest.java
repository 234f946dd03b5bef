package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.Command;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/** Help > Install New Software... is in the menu bar and opens p2's install wizard with our update site known. */
class InstallNewSoftwareTest {

    static final String COMMAND = "org.exhaustionlab.ui.p2.installNewSoftware";

    @Test
    void theHelpMenuOffersInstallNewSoftware() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu bar = window.getShell().getMenuBar();
        assertNotNull(bar, "the window has no menu bar");
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> label(i).equals("Help")).findFirst()
                .orElseThrow(() -> new AssertionError("no Help menu among " + labels(bar)));
        List<String> items = labels(help.getMenu());
        assertTrue(items.contains("Install New Software..."), "Help menu: " + items);
        assertTrue(items.contains("Available Software Sites..."), "Help menu: " + items);
        Command command = window.getService(ICommandService.class).getCommand(COMMAND);
        assertTrue(command.isDefined() && command.isHandled(), "the command has a handler");
    }

    @Test
    void executingItOpensTheInstallWizardWithTheUpdateSiteRegistered() throws Exception {
        URI site = URI.create("file:/tmp/exhaustionlab-test-site/");
        System.setProperty("exhaustionlab.updateSite", site.toString());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        AtomicReference<String> seen = new AtomicReference<>();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable closeWizard = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != window.getShell() && shell.isVisible() && shell.getData() instanceof WizardDialog) {
                        IWizardPage page = ((WizardDialog) shell.getData()).getCurrentPage();
                        seen.set(shell.getText() + " | " + page.getWizard().getClass().getSimpleName() + " | "
                                + page.getName());
                        try {
                            UiTestSupport.screenshot(shell, "install-new-software.png");
                        } catch (Exception e) {
                            seen.set(seen.get() + " | no screenshot: " + e);
                        }
                        ((WizardDialog) shell.getData()).close();
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(200, this);
                } else { // never hang the suite: close whatever modal shell appeared instead
                    for (Shell shell : display.getShells()) {
                        if (shell != window.getShell()) {
                            seen.compareAndSet(null, "unexpected shell: " + shell.getText());
                            shell.close();
                        }
                    }
                }
            }
        };
        display.timerExec(500, closeWizard);
        try {
            window.getService(IHandlerService.class).executeCommand(COMMAND, null);
        } finally {
            System.clearProperty("exhaustionlab.updateSite");
        }
        assertNotNull(seen.get(), "no wizard opened");
        assertTrue(seen.get().startsWith("Install | InstallWizard"), seen.get());
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        List<String> known = new ArrayList<>();
        for (URI uri : ui.getRepositoryTracker().getKnownRepositories(ui.getSession())) {
            known.add(uri.toString().replaceAll("/$", ""));
        }
        assertTrue(known.contains("file:/tmp/exhaustionlab-test-site"), "known sites: " + known);
        assertEquals(0, Arrays.stream(display.getShells()).filter(s -> s != window.getShell() && s.isVisible())
                .count(), "the wizard is closed again");
    }

    /** The labels of a menu's items, without mnemonics; fills a lazily built menu first, as opening it would. */
    private static List<String> labels(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            labels.add(label(item));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }

    private static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return tab >= 0 ? text.substring(0, tab) : text;
    }
}
