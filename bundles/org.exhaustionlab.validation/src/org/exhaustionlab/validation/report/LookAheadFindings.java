package org.exhaustionlab.validation.report;

import java.util.List;

/**
 * Result of the look-ahead / repaint check: the strategy was run on growing prefixes of the data and the signals it
 * had emitted on each prefix were compared with those of the longest run.
 *
 * @param prefixLengths      bar counts of the prefixes that were run, ascending (the last is the full data)
 * @param flagged            true when a signal changed, disappeared or appeared after later bars were appended
 * @param firstDifferingBar  the earliest bar index with a difference, −1 when none
 * @param firstDifferingTime that bar's open time (epoch ms UTC), 0 when none
 * @param differences        human-readable descriptions of the differences found (capped)
 */
public record LookAheadFindings(List<Integer> prefixLengths, boolean flagged, int firstDifferingBar, long firstDifferingTime,
        List<String> differences) {

    public LookAheadFindings {
        prefixLengths = List.copyOf(prefixLengths);
        differences = List.copyOf(differences);
    }
}
