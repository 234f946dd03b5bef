package org.exhaustionlab.ui.editor;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The "ExhaustionLab" console where the Pine commands write what they did; safe to use from any thread. */
final class PineConsole {

    static final String NAME = "ExhaustionLab";

    private PineConsole() {
    }

    static synchronized MessageConsole console() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) {
            if (c instanceof MessageConsole m && NAME.equals(c.getName())) {
                return m;
            }
        }
        MessageConsole created = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] { created });
        return created;
    }

    /** Writes one line and brings the console forward. */
    static void println(String line) {
        MessageConsole console = console();
        try (MessageConsoleStream out = console.newMessageStream()) {
            out.println(line);
        } catch (IOException e) {
            // the console is gone (workbench closing): nothing left to tell
        }
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
    }
}
