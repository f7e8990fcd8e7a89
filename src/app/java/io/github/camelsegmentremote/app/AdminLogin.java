package io.github.camelsegmentremote.app;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one admin login of Hawtio, Jolokia and the actuator. The app always asks for it, on loopback too: a web page
 * in the user's browser can reach 127.0.0.1. Without {@code APP_ADMIN_PASSWORD} the app makes up a password and
 * prints it once at start (as Spring Boot does); bound to a non-loopback address it refuses to start instead, since
 * a password only the log knows is no way to run a shared server.
 */
final class AdminLogin {

    private static final Logger LOG = LoggerFactory.getLogger(AdminLogin.class);

    private final String user;
    private final String password;

    private AdminLogin(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The configured login, or a generated one on loopback (printed once). */
    static AdminLogin resolve(String user, String configuredPassword, String bindAddress) {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            return new AdminLogin(user, configuredPassword);
        }
        if (!SandboxEnvironmentListener.isLoopback(bindAddress)) {
            throw new IllegalStateException("The app binds to " + bindAddress + ", a non-loopback address "
                    + "(APP_BIND_ADDRESS), so Hawtio, Jolokia and the actuator need a login you chose: set "
                    + "APP_ADMIN_PASSWORD (and optionally APP_ADMIN_USER), or bind to 127.0.0.1.");
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LOG.warn("\n\nHawtio, Jolokia and the actuator need a login. No APP_ADMIN_PASSWORD is set, so this start uses "
                + "a generated one:\n  user: {}\n  password: {}\nSet APP_ADMIN_PASSWORD to choose your own.\n",
                user, generated);
        return new AdminLogin(user, generated);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }
}
