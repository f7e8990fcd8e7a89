package io.github.camelsegmentremote.app;

import io.github.camelsegmentremote.sandbox.Sandbox;

/**
 * The app's one embedded sandbox. It must exist before the Spring context (its URLs become properties), so it is
 * held here and closed when the context closes or the JVM exits.
 */
final class SandboxHolder {

    private static Sandbox sandbox;

    private SandboxHolder() {
    }

    static synchronized Sandbox start(int employees) {
        if (sandbox == null) {
            sandbox = Sandbox.builder().employees(employees).start();
            Runtime.getRuntime().addShutdownHook(new Thread(SandboxHolder::stop, "sandbox-shutdown"));
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
