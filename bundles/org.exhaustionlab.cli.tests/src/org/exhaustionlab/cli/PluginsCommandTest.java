package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The p2 director's refusals become one line that says what is missing. */
class PluginsCommandTest {

    @Test
    void aMissingRequirementIsTheReason() {
        List<String> director = List.of("Installing x.feature.feature.group 1.0.0.", "Installation failed.",
                "Cannot complete the install because one or more required items could not be found.",
                " Software being installed: X 1.0.0 (x.feature.feature.group 1.0.0)",
                " Missing requirement: x 1.0.0 requires 'java.package; org.exhaustionlab.optimize [7.0.0,8.0.0)' but it could not be found",
                " Cannot satisfy dependency:", "  From: X 1.0.0 (x.feature.feature.group 1.0.0)",
                "  To: org.eclipse.equinox.p2.iu; x [1.0.0,1.0.0]",
                " Missing requirement: x 1.0.0 requires 'java.package; org.exhaustionlab.optimize [7.0.0,8.0.0)' but it could not be found",
                "Application failed, log file location: /tmp/p/configuration/1.log");
        assertEquals("x 1.0.0 requires 'java.package; org.exhaustionlab.optimize [7.0.0,8.0.0)' but it could not be found",
                PluginsCommand.Director.reason(director));
    }

    @Test
    void otherwiseTheDirectorsMessageWithoutStackTraces() {
        String reason = PluginsCommand.Director.reason(List.of("Installing y.feature.group 1.0.0.",
                "Installation failed.", "The installable unit y.feature.group has not been found.",
                "!STACK 1", "  at org.eclipse.Foo.bar(Foo.java:1)",
                "Application failed, log file location: /tmp/p/configuration/1.log"));
        assertEquals("Installing y.feature.group 1.0.0. Installation failed. The installable unit y.feature.group has "
                + "not been found.", reason);
        assertTrue(!reason.contains("\n"));
    }
}
