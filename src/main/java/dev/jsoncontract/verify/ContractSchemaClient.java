package dev.jsoncontract.verify;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.everit.json.schema.loader.SchemaClient;

/**
 * Serves everit the schema documents of the contract's {@link SchemaRegistry}, so that everit
 * reads every document the same way (and only once) the rest of jsoncontract does, and never
 * the network. A URL under a document's {@code $id} is mapped onto the file beside that document.
 *
 * <p>Remote documents are refused unless a mapping is given (the conformance test maps
 * {@code http://localhost:1234/} onto a loopback server).
 */
final class ContractSchemaClient implements SchemaClient {

    private final SchemaRegistry registry;
    private final UnaryOperator<URI> remotes;

    /**
     * @param registry the contract's registry
     * @param remotes maps a remote document URI to where it may be read, or returns {@code null}
     *     to refuse it
     */
    ContractSchemaClient(SchemaRegistry registry, UnaryOperator<URI> remotes) {
        this.registry = registry;
        this.remotes = remotes;
    }

    /** Thrown through everit when a document cannot be served; unwrapped by {@link ResponseSchema}. */
    static final class FetchException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public InputStream get(String url) {
        URI uri;
        try {
            uri = stripFragment(new URI(url));
        } catch (URISyntaxException e) {
            throw new FetchException("the reference \"" + url + "\" is not a valid URI: " + e.getMessage(), e);
        }
        try {
            SchemaFile file = find(uri);
            return new ByteArrayInputStream(JsonBodies.JSON.writeValueAsBytes(file.root()));
        } catch (ContractException e) {
            throw new FetchException(e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FetchException("cannot serve " + url + ": " + e.getMessage(), e);
        }
    }

    private SchemaFile find(URI uri) throws ContractException {
        synchronized (registry) {
            String key = key(uri);
            for (SchemaFile file : registry.files()) {
                if (key.equals(key(file.location())) || (file.id() != null && key.equals(key(file.id())))) {
                    return file;
                }
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("file") || scheme.equals("jar")) {
                return registry.load(uri);
            }
            URI mapped = remotes.apply(uri);
            ContractException beside = null;
            for (SchemaFile file : registry.files()) {
                if (file.id() == null || !file.id().isAbsolute() || file.id().isOpaque()) {
                    continue;
                }
                URI relative = file.id().resolve(".").relativize(uri);
                if (!relative.isAbsolute() && !relative.equals(uri)) {
                    try {
                        return registry.load(new URL(file.location().toURL(), relative.toString()).toURI());
                    } catch (MalformedURLException | URISyntaxException e) {
                        beside = new ContractException(file.displayName(), "", "cannot resolve " + uri
                                + " beside it: " + e.getMessage(), e);
                    } catch (ContractException e) {
                        beside = e;
                    }
                    if (mapped == null) {
                        throw beside;
                    }
                }
            }
            if (mapped == null) {
                throw new ContractException(uri.toString(), "", "is a remote document; jsoncontract reads"
                        + " schemas from files only. Save it beside the schema and refer to it by a relative path.");
            }
            return registry.load(mapped);
        }
    }

    /** A comparable form: file URIs in one spelling, no fragment. */
    static String key(URI uri) {
        URI bare = stripFragment(uri);
        if ("file".equalsIgnoreCase(bare.getScheme())) {
            try {
                return Path.of(bare).toAbsolutePath().normalize().toUri().toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return bare.toString();
            }
        }
        return bare.normalize().toString();
    }

    static URI stripFragment(URI uri) {
        if (uri.getFragment() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }
}
