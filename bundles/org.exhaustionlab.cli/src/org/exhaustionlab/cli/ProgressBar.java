package org.exhaustionlab.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;
    private boolean drawn;

    ProgressBar(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    void update(long done, long total) {
        double share = total <= 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(share * WIDTH);
        out.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%% %,d/%,d bars", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), share * 100, done, total);
        out.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            out.println();
        }
    }
}
