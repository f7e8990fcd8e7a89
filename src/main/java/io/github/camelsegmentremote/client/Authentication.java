package io.github.camelsegmentremote.client;

/**
 * Produces the {@code Authorization} header of each request. Implementations hold their credentials as
 * {@link Secret}s and describe themselves without them.
 */
public interface Authentication {

    /** The full {@code Authorization} header value for the next request. */
    String authorizationHeader();

    /**
     * Called when the API answered 401: an implementation that can renew its credential (OAuth2) does so and
     * answers true, so the request is sent once more.
     */
    default boolean renewAfterUnauthorized() {
        return false;
    }

    /** Bearer token authentication (Segment Public API token, Remote API token). */
    static Authentication bearer(Secret token) {
        return new BearerAuthentication(token);
    }

    /** HTTP Basic authentication with a user and an empty password (Segment Tracking API write key). */
    static Authentication basicUser(Secret user) {
        return new BasicAuthentication(user);
    }
}
