package org.exhaustionlab.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.exhaustionlab.llm.ApiKeySource;
import org.exhaustionlab.llm.ProviderConfig;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.store.MarketStore;

/**
 * The workbench's preferences (instance scope of this bundle): data home, default exchange, the LLM provider with
 * URL and model per provider (its key lives in secure storage, see {@link SecureKeys}) and the backtest defaults.
 */
public final class Prefs {

    public static final String NODE = "org.exhaustionlab.ui";
    public static final String DATA_HOME = "dataHome";
    public static final String EXCHANGE = "defaultExchange";
    public static final String PROVIDER = "llm.provider";
    /** Backtest defaults: the chart bundle's BacktestDefaults reads the same keys from the same node. */
    public static final String CAPITAL = "backtest.capital";
    public static final String COMMISSION = "backtest.commissionPercent";
    public static final String SLIPPAGE = "backtest.slippageTicks";

    private static ScopedPreferenceStore store;

    private Prefs() {
    }

    /** The store the preference pages edit (created once, defaults set). */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            initDefaults();
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        }
        return store;
    }

    /** Writes the preferences to disk (a failure is logged by the store and costs only persistence). */
    public static void save() {
        try {
            ((ScopedPreferenceStore) store()).save();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.ILog.of(Prefs.class).error("could not save the ExhaustionLab preferences", e);
        }
    }

    static void initDefaults() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(NODE);
        d.put(DATA_HOME, MarketStore.defaultHome().toString());
        d.put(EXCHANGE, "demo");
        d.put(PROVIDER, "ollama");
        for (String id : ProviderPresets.ids()) {
            ProviderConfig preset = ProviderPresets.byId(id, "").orElseThrow();
            d.put(urlKey(id), preset.baseUrl());
            d.put(modelKey(id), preset.model());
        }
        d.putDouble(CAPITAL, 1_000_000);
        d.putDouble(COMMISSION, 0);
        d.putInt(SLIPPAGE, 0);
    }

    public static String urlKey(String provider) {
        return "llm." + provider + ".url";
    }

    public static String modelKey(String provider) {
        return "llm." + provider + ".model";
    }

    /** Where the store, reports and evolved scripts live. */
    public static Path dataHome() {
        String home = store().getString(DATA_HOME);
        return home == null || home.isBlank() ? MarketStore.defaultHome() : Path.of(home);
    }

    public static String defaultExchange() {
        return store().getString(EXCHANGE);
    }

    public static String provider() {
        return store().getString(PROVIDER);
    }

    /**
     * The configuration of {@code provider}: its preset with the preferred URL and model, and the key from secure
     * storage when one is stored there (else the preset's environment variables, as before).
     */
    public static ProviderConfig providerConfig(String provider, SecureKeys keys) {
        ProviderConfig preset = ProviderPresets.byId(provider, store().getString(modelKey(provider)))
                .orElseThrow(() -> new IllegalArgumentException("unknown LLM provider '" + provider + "'; known: "
                        + String.join(", ", ProviderPresets.ids())));
        String url = store().getString(urlKey(provider));
        ProviderConfig config = url == null || url.isBlank() ? preset : preset.withBaseUrl(url);
        Optional<String> stored = keys.read(provider);
        if (stored.isPresent()) {
            config = config.withApiKey(ApiKeySource.from("the key of " + provider + " in Eclipse secure storage",
                    () -> keys.read(provider)));
        }
        return config;
    }
}
