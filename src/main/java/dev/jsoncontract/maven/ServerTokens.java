package dev.jsoncontract.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads a bearer token from a {@code settings.xml} {@code <server>}: its {@code <password>},
 * decrypted the Maven way when it is encrypted ({@code {...}}, with the master password of
 * {@code ~/.m2/settings-security.xml}). The token never appears in a message.
 */
public final class ServerTokens {

    private ServerTokens() {
    }

    /**
     * The token of the server named {@code serverId}.
     *
     * @param settings the build's settings ({@code ${settings}})
     * @param decrypter Maven's settings decrypter
     * @param serverId the {@code <id>} of the server
     * @return the decrypted password, without surrounding white space
     * @throws MojoExecutionException when there is no such server, it has no password, or the
     *     password cannot be decrypted
     */
    public static String resolve(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("settings.xml has no <server> with the id '" + serverId + "'"
                    + " (jsoncontract.serverId). Add <server><id>" + serverId + "</id><password>the token"
                    + "</password></server> to the <servers> of ~/.m2/settings.xml (encrypt it with"
                    + " mvn --encrypt-password), or unset jsoncontract.serverId to read the token from the"
                    + " environment.");
        }
        String raw = server.getPassword();
        if (raw == null || raw.isBlank()) {
            throw new MojoExecutionException("The settings.xml <server> '" + serverId + "' has no <password>."
                    + " Put the token in its <password> (encrypted with mvn --encrypt-password if you like).");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        List<SettingsProblem> problems = result.getProblems().stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .toList();
        if (!problems.isEmpty()) {
            SettingsProblem problem = problems.get(0);
            String detail = problem.getMessage() == null ? "no detail" : problem.getMessage().replace(raw, "****");
            throw new MojoExecutionException("The <password> of the settings.xml <server> '" + serverId
                    + "' cannot be decrypted (" + detail + "). Check the master password in"
                    + " ~/.m2/settings-security.xml (or -Dsettings.security=<file>), or encrypt the token again"
                    + " with mvn --encrypt-password.", problem.getException());
        }
        Server decrypted = result.getServer();
        String token = decrypted == null ? null : decrypted.getPassword();
        if (token == null || token.isBlank()) {
            throw new MojoExecutionException("The <password> of the settings.xml <server> '" + serverId
                    + "' is empty once decrypted. Encrypt the token again with mvn --encrypt-password.");
        }
        return token.strip();
    }
}
