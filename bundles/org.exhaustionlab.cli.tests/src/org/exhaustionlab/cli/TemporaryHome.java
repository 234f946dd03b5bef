package org.exhaustionlab.cli;

import java.nio.file.Path;

/** Points the CLI's data home at a test folder and restores the previous one afterwards. */
final class TemporaryHome implements AutoCloseable {

    private static final String PROPERTY = "exhaustionlab.home";
    private final String previous;

    TemporaryHome(Path home) {
        previous = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, home.toString());
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
