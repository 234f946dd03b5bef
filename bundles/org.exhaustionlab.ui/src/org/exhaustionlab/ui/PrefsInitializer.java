package org.exhaustionlab.ui;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Sets the preference defaults (data home, exchange, providers' URLs and models, backtest defaults). */
public final class PrefsInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        Prefs.initDefaults();
    }
}
