package io.github.camelsegmentremote.client;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.util.URISupport;

/**
 * The endpoint URI parameters that hold credentials beyond Camel's own list ({@code token}, {@code password},
 * {@code clientSecret}, ...), for Camel's URI sanitizer (logs, {@code Endpoint.toString()}, JMX, Hawtio).
 * <p>
 * {@link URISupport#addSanitizeKeywords(String)} replaces the extra keywords it was given before instead of adding
 * to them, so two components registering one name each would unmask whichever registered first. Every component
 * of this project registers here, and Camel always gets all of the names.
 */
public final class UriSecrets {

    private static final Set<String> NAMES = new LinkedHashSet<>();

    private UriSecrets() {
    }

    /** Adds parameter names to mask in endpoint URIs, keeping those registered before. */
    public static synchronized void mask(String... parameterNames) {
        NAMES.addAll(Arrays.asList(parameterNames));
        URISupport.addSanitizeKeywords(String.join(",", NAMES));
    }
}
