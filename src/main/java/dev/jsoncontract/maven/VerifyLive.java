package dev.jsoncontract.maven;

import dev.jsoncontract.verify.LiveSource;
import dev.jsoncontract.verify.VerifyException;
import dev.jsoncontract.verify.live.LiveException;
import dev.jsoncontract.verify.live.LiveFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import dev.jsoncontract.verify.live.LiveProxy;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** The live half of {@link VerifyMojo}: the live client as a {@link LiveSource}, and the token from settings.xml. */
final class VerifyLive {

    private VerifyLive() {
    }

    /** The live client; its failures become {@link VerifyException}s, a setup problem (MojoExecutionException). */
    static LiveSource source() {
        return (request, tokenOrigin, log) -> {
            try {
                return LiveFetcher.fetch(request, tokenOrigin, log);
            } catch (LiveException e) {
                throw new VerifyException(e.getMessage(), e);
            }
        };
    }

    /** The live settings of a request, or {@code null} when no base URL is given. */
    static dev.jsoncontract.verify.VerifyRequest.Live settings(String baseUrl, String tokenEnvironmentVariable,
            String serverId, Settings settings, SettingsDecrypter decrypter, Map<String, String> query,
            int connectTimeout, int requestTimeout, int maxRetries, boolean record, UnaryOperator<String> environment)
            throws MojoExecutionException {
        if (baseUrl == null || baseUrl.isBlank()) {
            if (record) {
                throw new MojoExecutionException("jsoncontract.record=true records live responses, but no live"
                        + " endpoint is configured. Set -Djsoncontract.baseUrl=<url> as well.");
            }
            return null;
        }
        URI url;
        try {
            url = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new MojoExecutionException("jsoncontract.baseUrl \"" + baseUrl + "\" is not a valid URL ("
                    + e.getMessage() + "). Use e.g. https://api.example.com/v1.", e);
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new MojoExecutionException("jsoncontract.baseUrl \"" + baseUrl + "\" must be an http or https URL,"
                    + " e.g. https://api.example.com/v1.");
        }
        if (connectTimeout <= 0 || requestTimeout <= 0 || maxRetries < 0) {
            throw new MojoExecutionException("jsoncontract.connectTimeout and jsoncontract.requestTimeout must be"
                    + " positive (seconds) and jsoncontract.maxRetries must not be negative.");
        }
        String token = serverId == null || serverId.isBlank() ? null
                : ServerTokens.resolve(settings, decrypter, serverId.strip());
        return new dev.jsoncontract.verify.VerifyRequest.Live(url, token,
                token == null ? null : "the settings.xml server '" + serverId.strip() + "'",
                blankToNull(tokenEnvironmentVariable),
                environment, query, Duration.ofSeconds(connectTimeout), Duration.ofSeconds(requestTimeout),
                maxRetries, record, proxy(settings, decrypter, url));
    }

    /**
     * The active settings.xml {@code <proxy>} for the URL's scheme (the first active one whose
     * {@code <protocol>} is the scheme, else the first active {@code http} one), with its password
     * decrypted; {@code null} when there is none, and then the JVM's {@code -Dhttp.proxyHost} apply.
     */
    static LiveProxy proxy(Settings settings, SettingsDecrypter decrypter, URI url) throws MojoExecutionException {
        if (settings == null || settings.getProxies() == null) {
            return null;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        Proxy chosen = null;
        for (Proxy candidate : settings.getProxies()) {
            if (!candidate.isActive()) {
                continue;
            }
            String protocol = candidate.getProtocol() == null ? "http" : candidate.getProtocol().toLowerCase(Locale.ROOT);
            if (protocol.equals(scheme)) {
                chosen = candidate;
                break;
            }
            if (chosen == null && protocol.equals("http")) {
                chosen = candidate;
            }
        }
        if (chosen == null || chosen.getHost() == null || chosen.getHost().isBlank()) {
            return null;
        }
        String password = chosen.getPassword();
        if (password != null && !password.isEmpty() && decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(chosen));
            boolean failed = result.getProblems().stream().anyMatch(p -> p.getSeverity() != SettingsProblem.Severity.WARNING);
            if (failed) {
                throw new MojoExecutionException("The <password> of the settings.xml <proxy> '" + chosen.getId()
                        + "' cannot be decrypted. Check the master password in ~/.m2/settings-security.xml (or"
                        + " -Dsettings.security=<file>), or encrypt the password again with mvn --encrypt-password.");
            }
            if (result.getProxy() != null) {
                password = result.getProxy().getPassword();
            }
        }
        if (chosen.getPort() < 1 || chosen.getPort() > 65535) {
            throw new MojoExecutionException("The settings.xml <proxy> '" + chosen.getId() + "' has the port "
                    + chosen.getPort() + "; give it a <port> from 1 to 65535.");
        }
        String username = chosen.getUsername() == null || chosen.getUsername().isBlank() ? null : chosen.getUsername();
        return new LiveProxy(chosen.getHost().strip(), chosen.getPort(), username, username == null ? null : password,
                LiveProxy.parseNonProxyHosts(chosen.getNonProxyHosts()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
