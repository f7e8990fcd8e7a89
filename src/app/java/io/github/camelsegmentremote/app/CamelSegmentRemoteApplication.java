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

    /**
     * Starts the app; a start that fails ends the JVM with status 1 at once. Without the explicit exit, threads of
     * the sandbox and of HTTP clients keep the failed JVM alive and a supervisor never sees the crash; Spring Boot
     * has already logged the cause (its failure analysis names the option or file and the fix).
     */
    public static void main(String[] args) {
        try {
            application().run(args);
        } catch (Throwable failure) {
            System.err.println("camel-segment-remote did not start: " + rootMessage(failure));
            System.exit(1);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (cause: " + root.getMessage() + ")";
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
