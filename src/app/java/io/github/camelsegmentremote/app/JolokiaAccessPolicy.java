package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jolokia's own access policy for the app ({@code jolokia-access.xml}): POST only, and strict CORS checking, so an
 * {@code Origin} must be the app itself, on loopback or one of {@code app.allowed-hosts}, and Jolokia never answers
 * another origin with {@code Access-Control-Allow-Origin}. Written at start because the allowed names are a
 * setting; {@link RequestOriginFilter} checks the same in front of every endpoint.
 */
final class JolokiaAccessPolicy {

    private JolokiaAccessPolicy() {
    }

    /** Writes the policy file; its {@code file:} URL for {@code management.endpoint.jolokia.config.policyLocation}. */
    static String write(Set<String> allowedHosts) {
        Set<String> hosts = new LinkedHashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        hosts.addAll(allowedHosts);
        // POST only: a foreign page can make a browser GET a URL without any Origin header (an image, say).
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<restrict>\n"
                + "  <http>\n    <method>post</method>\n  </http>\n  <cors>\n");
        for (String host : hosts) {
            for (String scheme : new String[] {"http", "https"}) {
                xml.append("    <allow-origin>").append(scheme).append("://").append(host).append("</allow-origin>\n");
                xml.append("    <allow-origin>").append(scheme).append("://").append(host)
                        .append(":*</allow-origin>\n");
            }
        }
        xml.append("    <strict-checking/>\n  </cors>\n</restrict>\n");
        try {
            Path file = Files.createTempFile("camel-segment-remote-jolokia-access", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Jolokia's access policy to the temp directory", e);
        }
    }
}
