package io.github.camelsegmentremote.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Prints, once the app is ready, where a person opens Hawtio (the routes' diagrams and the sync's management
 * view) and where health, metrics and the sync console are. Names the login user when a login is needed, never a
 * password.
 */
final class AppAddressLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AppAddressLog.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String actuator = baseUrl(env) + env.getProperty("management.endpoints.web.base-path", "/actuator");
        String password = env.getProperty("spring.security.user.password", "");
        LOG.info("Hawtio: {}/hawtio/ (Camel routes, diagrams, the sync under Services){}; health {}/health, "
                + "metrics {}/prometheus, sync console {}/sync", actuator,
                password.isBlank() ? "" : ", login as " + env.getProperty("spring.security.user.name", "admin"),
                actuator, actuator, actuator);
    }

    /** {@code http://HOST:PORT}: the bound address, or this machine's name when the app binds to every address. */
    static String baseUrl(Environment env) {
        String address = env.getProperty("server.address", "127.0.0.1");
        String host = address;
        try {
            InetAddress inet = InetAddress.getByName(address);
            if (inet.isAnyLocalAddress()) {
                host = InetAddress.getLocalHost().getHostName();
            } else if (inet.getAddress().length == 16) {
                host = "[" + inet.getHostAddress() + "]";
            }
        } catch (UnknownHostException e) {
            // keep the configured name: it is what the user wrote
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String scheme = env.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        return scheme + "://" + host + ":" + port;
    }
}
