package org.exhaustionlab.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless Equinox application behind {@code exhaustionlab <command>}: hands the command line to {@link Cli} and
 * returns its exit code, which the launcher passes on to the shell.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        Services services = new OsgiServices(bundle.getBundleContext());
        return Cli.run(args == null ? new String[0] : args, services, System.out, System.err);
    }

    @Override
    public void stop() {
        // commands are short-lived; a stop request simply lets the current command finish
    }
}
