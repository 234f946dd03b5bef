package org.exhaustionlab.ui;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;

/** What the Pine editor tests read off the screen: widget texts, text colours, the console. */
final class EditorTestSupport {

    private EditorTestSupport() {
    }

    static String console() {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c.getName().equals("ExhaustionLab") && c instanceof TextConsole text) {
                return text.getDocument().get();
            }
        }
        return "";
    }

    static boolean treeShows(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    if (itemShows(item, text)) {
                        return true;
                    }
                }
            } else if (c instanceof org.eclipse.swt.widgets.Composite child && treeShows(child, text)) {
                return true;
            }
        }
        return false;
    }

    static void dumpTrees(org.eclipse.swt.widgets.Composite parent, StringBuilder out) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof Tree tree) {
                out.append("[tree ").append(tree.getItemCount()).append(':');
                for (TreeItem item : tree.getItems()) {
                    out.append(" '").append(item.getText()).append("' expanded=").append(item.getExpanded())
                            .append(" children=").append(item.getItemCount());
                }
                out.append(']');
            } else if (c instanceof org.eclipse.swt.widgets.Composite child) {
                dumpTrees(child, out);
            }
        }
    }

    static boolean itemShows(TreeItem item, String text) {
        if (item.getText().contains(text)) {
            return true;
        }
        for (TreeItem child : item.getItems()) {
            if (itemShows(child, text)) {
                return true;
            }
        }
        return false;
    }

    static RGB colourAt(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        return range == null || range.foreground == null ? null : range.foreground.getRGB();
    }

    static boolean tableShows(org.eclipse.swt.widgets.Composite parent, String prefix) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof Table table) {
                for (TableItem item : table.getItems()) {
                    if (item.getText().startsWith(prefix)) {
                        return true;
                    }
                }
            } else if (c instanceof org.eclipse.swt.widgets.Composite child && tableShows(child, prefix)) {
                return true;
            }
        }
        return false;
    }
}
