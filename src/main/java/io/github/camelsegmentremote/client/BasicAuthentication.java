package io.github.camelsegmentremote.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** {@code Authorization: Basic base64(user + ":")}: a user with an empty password. */
final class BasicAuthentication implements Authentication {

    private final Secret user;
    private final String header;

    BasicAuthentication(Secret user) {
        this.user = Objects.requireNonNull(user, "user");
        this.header = "Basic " + Base64.getEncoder()
                .encodeToString((user.reveal() + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String authorizationHeader() {
        return header;
    }

    @Override
    public String toString() {
        return "Basic " + user;
    }
}
