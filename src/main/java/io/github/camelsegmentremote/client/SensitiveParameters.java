package io.github.camelsegmentremote.client;

import org.apache.camel.util.URISupport;

/**
 * The endpoint URI parameters of this project's components that carry credentials and that Camel does not mask by
 * itself (it masks {@code token}, {@code clientSecret}, {@code refreshToken} and the like). Camel keeps only the
 * names of its latest {@code URISupport.addSanitizeKeywords} call, so every component registers all of them, not
 * just its own: otherwise the component loaded last unmasks the other's.
 */
public final class SensitiveParameters {

    /** Comma-separated, as Camel takes them. */
    public static final String NAMES = "signingKey,writeKey";

    private SensitiveParameters() {
    }

    /** Makes Camel mask every one of {@link #NAMES} in endpoint URIs, logs and JMX. */
    public static void register() {
        URISupport.addSanitizeKeywords(NAMES);
    }
}
