package org.exhaustionlab.ui;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;

/**
 * Preferences &gt; ExhaustionLab &gt; Backtest: initial capital, commission and slippage used where a script's
 * strategy() call does not set them (strategy runs on the chart).
 */
public final class BacktestPreferencePage extends StoredFieldEditorPage {

    public static final String ID = "org.exhaustionlab.ui.preferences.backtest";

    public BacktestPreferencePage() {
        super("Defaults for backtests, used where a script's strategy() call does not set them.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new NumberField(Prefs.CAPITAL, "Initial &capital:", false));
        addField(new NumberField(Prefs.COMMISSION, "C&ommission (% of order value):", true));
        IntegerFieldEditor slippage = new IntegerFieldEditor(Prefs.SLIPPAGE, "&Slippage (ticks):",
                getFieldEditorParent());
        slippage.setValidRange(0, 10_000);
        addField(slippage);
    }

    /** A decimal number field: positive, or not negative when zero is allowed. */
    private final class NumberField extends StringFieldEditor {
        private final boolean zeroAllowed;

        NumberField(String key, String label, boolean zeroAllowed) {
            super(key, label, getFieldEditorParent());
            this.zeroAllowed = zeroAllowed;
            setEmptyStringAllowed(false);
            setErrorMessage(label.replace("&", "").replace(":", "") + " must be a number "
                    + (zeroAllowed ? "of at least 0" : "above 0"));
        }

        @Override
        protected boolean doCheckState() {
            try {
                double v = Double.parseDouble(getStringValue().strip());
                return Double.isFinite(v) && (zeroAllowed ? v >= 0 : v > 0);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
