package dev.jsoncontract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Uses Maven's real decrypter and sec-dispatcher, with a settings-security.xml in a temporary folder. */
class ServerTokensTest {

    static final String TOKEN = "tok-settings-3b9d";
    static final String MASTER = "master-password-for-tests";

    @TempDir
    Path folder;

    DefaultPlexusCipher cipher;
    SettingsDecrypter decrypter;

    @BeforeEach
    void decrypter() throws Exception {
        cipher = new DefaultPlexusCipher();
        Path security = folder.resolve("settings-security.xml");
        // the master password is encrypted with the fixed key "settings.security", as mvn --encrypt-master-password does
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>\n");
        decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    static Settings settings(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    @DisplayName("a plain password is the token")
    void plain() throws Exception {
        assertThat(ServerTokens.resolve(settings("clarion", " " + TOKEN + " "), decrypter, "clarion")).isEqualTo(TOKEN);
    }

    @Test
    @DisplayName("an encrypted password is decrypted with the master password, the Maven way")
    void encrypted() throws Exception {
        String encrypted = cipher.encryptAndDecorate(TOKEN, MASTER);
        assertThat(encrypted).startsWith("{").endsWith("}").doesNotContain(TOKEN);

        assertThat(ServerTokens.resolve(settings("clarion", encrypted), decrypter, "clarion")).isEqualTo(TOKEN);
    }

    @Test
    @DisplayName("a password encrypted with another master password fails the build saying what to check")
    void wrongMaster() throws Exception {
        String encrypted = cipher.encryptAndDecorate(TOKEN, "another-master");

        assertThatThrownBy(() -> ServerTokens.resolve(settings("clarion", encrypted), decrypter, "clarion"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The <password> of the settings.xml <server> 'clarion' cannot be decrypted (")
                .hasMessageEndingWith("). Check the master password in ~/.m2/settings-security.xml (or"
                        + " -Dsettings.security=<file>), or encrypt the token again with mvn --encrypt-password.")
                .message().doesNotContain(TOKEN).doesNotContain(encrypted);
    }

    @Test
    @DisplayName("no server with the id fails the build naming the id and where to add it")
    void missingServer() {
        assertThatThrownBy(() -> ServerTokens.resolve(settings("other", TOKEN), decrypter, "clarion"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("settings.xml has no <server> with the id 'clarion' (jsoncontract.serverId). Add"
                        + " <server><id>clarion</id><password>the token</password></server> to the <servers> of"
                        + " ~/.m2/settings.xml (encrypt it with mvn --encrypt-password), or unset"
                        + " jsoncontract.serverId to read the token from the environment.");
        assertThatThrownBy(() -> ServerTokens.resolve(null, decrypter, "clarion"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("settings.xml has no <server> with the id 'clarion'");
    }

    @Test
    @DisplayName("a server without a password fails the build saying so")
    void noPassword() {
        assertThatThrownBy(() -> ServerTokens.resolve(settings("clarion", null), decrypter, "clarion"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The settings.xml <server> 'clarion' has no <password>. Put the token in its <password>"
                        + " (encrypted with mvn --encrypt-password if you like).");
    }
}
