package org.exhaustionlab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage, for machines without an OS keyring integration (a plain Linux
 * product has none, so keys would otherwise be stored unencrypted): 32 random bytes kept in
 * {@code <data home>/secure/master.key}, readable by the owner only, created on first use. API keys are then
 * encrypted at rest in the secure-storage file and are unreadable without the key file — the same protection a
 * desktop keyring gives a logged-in user, and never worse than the plain text it replaces.
 */
public final class KeyfilePasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(secret(keyFile()).toCharArray());
        } catch (IOException | RuntimeException e) {
            // null tells secure storage that no password is available: it then refuses to encrypt, and the
            // preference page says the key was stored unencrypted
            return null;
        }
    }

    static Path keyFile() {
        String home = System.getProperty("exhaustionlab.home");
        if (home == null || home.isBlank()) {
            String env = System.getenv("EXHAUSTIONLAB_HOME");
            home = env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.exhaustionlab";
        }
        return Path.of(home, "secure", "master.key");
    }

    /** The key file's secret, creating the file (owner read/write only) when it does not exist yet. */
    static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
                Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            } catch (UnsupportedOperationException noPosix) {
                Files.writeString(file, secret, StandardCharsets.US_ASCII);
            }
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.length() < 32) {
            throw new IOException(file + " is too short to be a master key");
        }
        return secret;
    }
}
