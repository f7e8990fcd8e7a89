package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;

/** Points the remote: component of a test context at the sandbox: its token, environment and base URL. */
final class RemoteTesting {

    private RemoteTesting() {
    }

    static void useSandbox(CamelContext context, Sandbox sandbox) {
        RemoteConfiguration defaults = context.getComponent("remote", RemoteComponent.class).getConfiguration();
        defaults.setEnvironment(RemoteEnvironment.sandbox);
        defaults.setToken(SandboxTokens.REMOTE_TOKEN);
        defaults.setBaseUrl(sandbox.remote().baseUrl());
        // Tests are not rate limited on our side; the retry waits stay short.
        defaults.setRequestsPerMinute(0);
        defaults.setInitialBackoff(5);
    }

    /** Requests the simulator received for one route, e.g. {@code GET /v1/employments}. */
    static long requests(Sandbox sandbox, String route) {
        return sandbox.remoteSimulator().inspect().path("requests").path(route).asLong();
    }
}
