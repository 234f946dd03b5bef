package org.exhaustionlab.ui.p2;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/**
 * Help > Install New Software...: p2's install wizard on this installation's profile, with the ExhaustionLab
 * update site registered first so its categories (exchanges, LLM providers, indicator packs, fitness functions) are
 * one click away. Add-ons become active after the restart the wizard offers.
 */
public final class InstallNewSoftwareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        UpdateSite.register(ui);
        ui.openInstallWizard(null, null, null);
        return null;
    }
}
