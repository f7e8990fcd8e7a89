package io.github.camelsegmentremote.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable app: the routes in {@code routes/} on Spring Boot with Hawtio. Without real credentials it starts
 * the embedded sandbox and points the routes at it.
 * <p>
 * The app's settings live in {@code camel-segment-remote.properties} and its sandbox switch is registered here,
 * not through {@code spring.factories}: a Spring Boot application that only depends on the components must not
 * pick up either.
 */
@SpringBootApplication
public class CamelSegmentRemoteApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The configured application, also used by the app's tests. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(CamelSegmentRemoteApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "application,camel-segment-remote"));
        app.addListeners(new SandboxEnvironmentListener());
        return app;
    }
}
