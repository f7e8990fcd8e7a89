package io.github.camelsegmentremote.app;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
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
        app.addListeners(new SandboxEnvironmentListener(), new HawtioUrlLog());
        // Registered before any bean, so destroyed after all of them: the embedded sandbox stops only once Camel
        // has stopped (the webhook route deletes its callback at the sandbox, the sync delivers its last batch).
        app.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedSandbox", SandboxHolder::stop));
        return app;
    }
}
