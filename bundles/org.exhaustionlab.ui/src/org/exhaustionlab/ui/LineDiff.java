package org.exhaustionlab.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two scripts (longest common subsequence), as rows for a side-by-side view: equal lines side by side,
 * removed lines on the left only, added lines on the right only.
 */
public final class LineDiff {

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** One row: the left line (null for ADDED), the right line (null for REMOVED). */
    public record Row(Kind kind, String left, String right) {
    }

    private LineDiff() {
    }

    public static List<Row> of(String left, String right) {
        String[] a = left.split("\n", -1);
        String[] b = right.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                rows.add(new Row(Kind.SAME, a[i++], b[j++]));
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                rows.add(new Row(Kind.ADDED, null, b[j++]));
            } else {
                rows.add(new Row(Kind.REMOVED, a[i++], null));
            }
        }
        return rows;
    }

    /** Rows that differ. */
    public static long changes(List<Row> rows) {
        return rows.stream().filter(r -> r.kind() != Kind.SAME).count();
    }
}
