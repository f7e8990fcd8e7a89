package io.github.camelsegmentremote.remote;

import java.net.ServerSocket;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

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

    /** Adds a camel-platform-http server (Vert.x) on a free loopback port to the context; returns the port. */
    static int platformHttp(CamelContext context) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return port;
    }

    /** Requests the simulator received for one route, e.g. {@code GET /v1/employments}. */
    static long requests(Sandbox sandbox, String route) {
        return sandbox.remoteSimulator().inspect().path("requests").path(route).asLong();
    }
}
