package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void executingItOpensTheInstallWizardWithTheUpdateSiteRegistered(@TempDir Path dir) throws Exception {
        URI site = emptyRepository(dir.resolve("site"));
        System.setProperty("exhaustionlab.updateSite", site.toString());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPart activePart = window.getActivePage().getActivePart();
        Display display = window.getShell().getDisplay();
        AtomicReference<String> seen = new AtomicReference<>();
        List<String> strays = new ArrayList<>();
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
                    closeOtherShells(window, strays);
                }
            }
        };
        display.timerExec(500, closeWizard);
        try {
            window.getService(IHandlerService.class).executeCommand(COMMAND, null);
            UiTestSupport.flush(display, 500); // anything p2 would show afterwards (an error dialog) shows now
        } finally {
            System.clearProperty("exhaustionlab.updateSite");
            closeOtherShells(window, strays);
            // hand the workbench back as the other UI tests expect it: its window active, the same part active
            window.getShell().forceActive();
            if (activePart != null) {
                window.getActivePage().activate(activePart);
            }
            UiTestSupport.flush(display, 200);
        }
        assertNotNull(seen.get(), "no wizard opened");
        assertTrue(seen.get().startsWith("Install | InstallWizard"), seen.get());
        assertEquals(List.of(), strays, "windows left open after the wizard closed");
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        List<String> known = new ArrayList<>();
        for (URI uri : ui.getRepositoryTracker().getKnownRepositories(ui.getSession())) {
            known.add(uri.toString().replace("file:///", "file:/").replaceAll("/$", ""));
        }
        assertTrue(known.contains(site.toString().replace("file:///", "file:/").replaceAll("/$", "")),
                "known sites: " + known);
        ui.getRepositoryTracker().removeRepositories(new URI[] { site }, ui.getSession());
    }

    private static void closeOtherShells(IWorkbenchWindow window, List<String> closed) {
        for (Shell shell : window.getShell().getDisplay().getShells()) {
            if (shell != window.getShell() && !shell.isDisposed() && shell.isVisible()) {
                closed.add(shell.getText());
                shell.close();
            }
        }
    }

    /** A valid p2 repository without units, so that loading it succeeds quietly. */
    private static URI emptyRepository(Path site) throws Exception {
        Files.createDirectories(site);
        Files.writeString(site.resolve("content.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<?metadataRepository version='1.2.0'?>\n<repository name='Test site' "
                + "type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
                + "  <properties size='1'><property name='p2.timestamp' value='1'/></properties>\n"
                + "  <units size='0'/>\n</repository>\n");
        Files.writeString(site.resolve("artifacts.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<?artifactRepository version='1.1.0'?>\n<repository name='Test site' "
                + "type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
                + "  <properties size='1'><property name='p2.timestamp' value='1'/></properties>\n"
                + "  <artifacts size='0'/>\n</repository>\n");
        return site.toUri();
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
