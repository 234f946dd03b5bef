package org.exhaustionlab.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Two scripts side by side, aligned by a line diff: removed lines red on the left, added lines green on the right,
 * and the two panes scroll together.
 */
public final class DiffDialog extends Dialog {

    private final String title;
    private final String leftTitle;
    private final String rightTitle;
    private final List<LineDiff.Row> rows;
    private StyledText left;
    private StyledText right;

    public DiffDialog(Shell shell, String title, String leftTitle, String leftText, String rightTitle,
            String rightText) {
        super(shell);
        this.title = title;
        this.leftTitle = leftTitle;
        this.rightTitle = rightTitle;
        this.rows = LineDiff.of(leftText, rightText);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title + " — " + LineDiff.changes(rows) + " changed lines");
        shell.setSize(1100, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, true));
        label(area, leftTitle);
        label(area, rightTitle);
        Font mono = new Font(parent.getDisplay(), "Monospace", 9, SWT.NORMAL);
        area.addDisposeListener(e -> mono.dispose());
        left = pane(area, mono);
        right = pane(area, mono);
        StringBuilder l = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (LineDiff.Row row : rows) {
            l.append(row.left() == null ? "" : row.left()).append('\n');
            r.append(row.right() == null ? "" : row.right()).append('\n');
        }
        left.setText(l.toString());
        right.setText(r.toString());
        Color removed = new Color(parent.getDisplay(), 255, 220, 220);
        Color added = new Color(parent.getDisplay(), 215, 245, 215);
        Color blank = new Color(parent.getDisplay(), 238, 238, 238);
        area.addDisposeListener(e -> {
            removed.dispose();
            added.dispose();
            blank.dispose();
        });
        for (int i = 0; i < rows.size(); i++) {
            LineDiff.Row row = rows.get(i);
            if (row.kind() == LineDiff.Kind.REMOVED) {
                left.setLineBackground(i, 1, removed);
                right.setLineBackground(i, 1, blank);
            } else if (row.kind() == LineDiff.Kind.ADDED) {
                right.setLineBackground(i, 1, added);
                left.setLineBackground(i, 1, blank);
            }
        }
        left.getVerticalBar().addListener(SWT.Selection, e -> right.setTopIndex(left.getTopIndex()));
        right.getVerticalBar().addListener(SWT.Selection, e -> left.setTopIndex(right.getTopIndex()));
        return area;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
    }

    private static StyledText pane(Composite parent, Font font) {
        StyledText text = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setFont(font);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The rows shown (for tests). */
    public List<LineDiff.Row> rows() {
        return rows;
    }
}
