package org.exhaustionlab.ui.p2;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Available Software Sites...: p2's dialog of known update sites (the ExhaustionLab site among them). */
public final class SoftwareSitesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        UpdateSite.register(ui);
        ui.manipulateRepositories(HandlerUtil.getActiveShell(event));
        return null;
    }
}
