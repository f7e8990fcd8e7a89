package io.github.camelsegmentremote.sandbox;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one {@link Sandbox} for a test class: started before all tests, closed after.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SandboxExtension SANDBOX = SandboxExtension.with(b -&gt; b.employees(500));
 *
 * &#64;Test
 * void syncs() {
 *     String remote = SANDBOX.sandbox().remote().baseUrl();
 * }
 * </pre>
 *
 * Test methods may also take a {@link Sandbox} parameter.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final UnaryOperator<Sandbox.Builder> options;
    private Sandbox sandbox;

    private SandboxExtension(UnaryOperator<Sandbox.Builder> options) {
        this.options = options;
    }

    /** A sandbox with the default options. */
    public static SandboxExtension defaults() {
        return new SandboxExtension(UnaryOperator.identity());
    }

    /** A sandbox with options set on the builder. */
    public static SandboxExtension with(UnaryOperator<Sandbox.Builder> options) {
        return new SandboxExtension(options);
    }

    /** The running sandbox. */
    public Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox runs only while the test class runs: register the "
                    + "extension on a static field with @RegisterExtension");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = options.apply(Sandbox.builder()).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }
}
