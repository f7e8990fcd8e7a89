package io.github.camelsegmentremote.client;

import java.util.Objects;

/** {@code Authorization: Bearer <token>}. */
final class BearerAuthentication implements Authentication {

    private final Secret token;

    BearerAuthentication(Secret token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String authorizationHeader() {
        return "Bearer " + token.reveal();
    }

    @Override
    public String toString() {
        return "Bearer " + token;
    }
}
