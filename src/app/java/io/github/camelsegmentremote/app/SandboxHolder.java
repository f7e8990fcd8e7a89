package io.github.camelsegmentremote.app;

import io.github.camelsegmentremote.sandbox.Sandbox;

/**
 * The app's one embedded sandbox. It must exist before the Spring context (its URLs become properties), so it is
 * held here; the context stops it as its last bean (see {@link CamelSegmentRemoteApplication#application()}), after
 * Camel. No JVM shutdown hook of its own: on Ctrl-C it would race Spring's and stop the sandbox under running routes.
 */
final class SandboxHolder {

    private static Sandbox sandbox;

    private SandboxHolder() {
    }

    static synchronized Sandbox start(int employees) {
        if (sandbox == null) {
            sandbox = Sandbox.builder().employees(employees).start();
        }
        return sandbox;
    }

    /** The running sandbox, or null when the app runs against the real services. */
    static synchronized Sandbox current() {
        return sandbox;
    }

    static synchronized void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
