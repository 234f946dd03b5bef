package org.exhaustionlab.ui;

import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * LLM API keys in Eclipse secure storage, one node per provider under {@value #ROOT}. Keys are stored encrypted with
 * the master password of the installed password provider (the product brings {@link KeyfilePasswordProvider}); if
 * no provider answers they are stored unencrypted in the secure-storage file, never in the plain preferences, and
 * {@link #lastStoredEncrypted} says so.
 */
public final class SecureKeys {

    static final String ROOT = "org.exhaustionlab/llm";
    static final String KEY = "apiKey";

    private final ISecurePreferences root;
    private boolean lastStoredEncrypted;

    public SecureKeys(ISecurePreferences root) {
        this.root = root;
    }

    /**
     * The user's default secure storage, opened without UI prompts: the master password comes from the key file, so
     * there is nothing to ask (and a password-recovery questionnaire popping up over a running job would block it).
     */
    public static SecureKeys standard() {
        try {
            ISecurePreferences root = SecurePreferencesFactory.open(null,
                    java.util.Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE));
            return new SecureKeys(root == null ? SecurePreferencesFactory.getDefault() : root);
        } catch (java.io.IOException e) {
            return new SecureKeys(SecurePreferencesFactory.getDefault());
        }
    }

    /** Stores (or, for a blank key, removes) the key of {@code provider} and flushes the storage. */
    public void store(String provider, String key) throws StorageException, java.io.IOException {
        ISecurePreferences node = root.node(ROOT).node(provider);
        if (key == null || key.isBlank()) {
            node.remove(KEY);
            root.flush();
            return;
        }
        try {
            node.put(KEY, key.strip(), true);
            lastStoredEncrypted = true;
        } catch (StorageException e) {
            node.put(KEY, key.strip(), false); // no password provider: still kept out of the preferences
            lastStoredEncrypted = false;
        }
        root.flush();
    }

    /** The stored key of {@code provider}, empty when none (or when it cannot be decrypted). */
    public Optional<String> read(String provider) {
        try {
            if (!root.nodeExists(ROOT + "/" + provider)) {
                return Optional.empty();
            }
            String key = root.node(ROOT).node(provider).get(KEY, null);
            return Optional.ofNullable(key).filter(k -> !k.isBlank());
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    public boolean lastStoredEncrypted() {
        return lastStoredEncrypted;
    }
}
