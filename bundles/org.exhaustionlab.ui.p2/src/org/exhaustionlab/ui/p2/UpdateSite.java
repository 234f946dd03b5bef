package org.exhaustionlab.ui.p2;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.equinox.p2.operations.RepositoryTracker;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/**
 * The ExhaustionLab update site, registered with p2 as an available software site. Where it is:
 * <ol>
 * <li>the system property {@code exhaustionlab.updateSite} (a URL such as {@code https://...} or {@code file:/...},
 * or a folder), which the {@code ./exhaustionlab workbench} launcher sets to the site built beside the product;
 * <li>otherwise the site a build of this checkout produced, {@code releng/org.exhaustionlab.site/target/repository},
 * found from the product's install folder when the product runs from its build folder.
 * </ol>
 */
final class UpdateSite {

    static final String PROPERTY = "exhaustionlab.updateSite";
    static final String NICKNAME = "ExhaustionLab add-ons";

    private UpdateSite() {
    }

    /** Adds the site to p2's known repositories unless it is known already; returns where it is, if anywhere. */
    static Optional<URI> register(ProvisioningUI ui) {
        Optional<URI> site = location();
        site.ifPresent(uri -> {
            RepositoryTracker tracker = ui.getRepositoryTracker();
            boolean known = Arrays.stream(tracker.getKnownRepositories(ui.getSession()))
                    .anyMatch(known1 -> same(known1, uri));
            if (!known) {
                tracker.addRepository(uri, NICKNAME, ui.getSession());
            }
        });
        return site;
    }

    static Optional<URI> location() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(toUri(configured.strip()));
        }
        String installArea = System.getProperty("osgi.install.area");
        if (installArea == null) {
            return Optional.empty();
        }
        try {
            // <checkout>/releng/org.exhaustionlab.product/target/products/<id>/linux/gtk/x86_64
            Path releng = Path.of(URI.create(installArea.replace(" ", "%20")));
            for (int i = 0; i < 7 && releng != null; i++) {
                releng = releng.getParent();
            }
            Path built = releng == null ? null : releng.resolve("org.exhaustionlab.site/target/repository");
            return built != null && Files.isRegularFile(built.resolve("content.jar"))
                    ? Optional.of(built.toUri()) : Optional.empty();
        } catch (IllegalArgumentException notAFileUrl) {
            return Optional.empty();
        }
    }

    static URI toUri(String location) {
        if (location.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return URI.create(location);
        }
        return Path.of(location).toAbsolutePath().normalize().toUri();
    }

    private static boolean same(URI a, URI b) {
        return strip(a.toString()).equals(strip(b.toString()));
    }

    /** file:///a/b/ and file:/a/b name the same folder. */
    static String strip(String uri) {
        String u = uri.startsWith("file:///") ? "file:/" + uri.substring("file:///".length()) : uri;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
