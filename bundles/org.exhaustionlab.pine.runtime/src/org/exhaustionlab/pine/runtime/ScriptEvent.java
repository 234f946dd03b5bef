package org.exhaustionlab.pine.runtime;

/**
 * Something a script reported on a bar: {@code alert} (alert()), {@code alertcondition:<title>} (a true
 * alertcondition), {@code log.info}/{@code log.warning}/{@code log.error}.
 */
public record ScriptEvent(int bar, long time, String type, String message) {
}
