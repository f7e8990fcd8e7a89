package io.github.camelsegmentremote.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import io.github.camelsegmentremote.sandbox.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the shipped Job 1 route files start, or refuse to: state files and disabled routes. */
class SyncStartupTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(10));

    @TempDir
    Path dataDir;

    private CamelContext context(Properties p, String... files) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(p);
        for (String file : files) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                    "file:routes/" + file + ".camel.yaml"));
        }
        return context;
    }

    @Test
    void anUnreadableStateFileStopsTheSyncRouteFileWithThePathAndTheRecoveryStep() throws Exception {
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        Path file = dataDir.resolve(FileSyncStateStore.FILE_NAME);
        Files.write(file, noise);
        Properties p = SyncRouteProperties.forSandbox(SANDBOX.sandbox(), dataDir);
        assertThatThrownBy(() -> {
            try (CamelContext context = context(p, "sync-remote-employees-to-segment",
                    "remote-webhooks-to-segment")) {
                context.start();
            }
        }).satisfies(e -> {
            String messages = messages(e);
            assertThat(messages).contains("sync-remote-employees-to-segment.camel.yaml", file.toAbsolutePath()
                    .toString(), "is unreadable", "restore the file from a backup")
                    .doesNotContain("remote-webhooks-to-segment.camel.yaml");
        });
        assertThat(Files.readAllBytes(file)).as("left for recovery").isEqualTo(noise);
    }

    @Test
    void disabledWebhooksNeedNoSigningKeyAndCreateNoRoute() throws Exception {
        Properties p = SyncRouteProperties.forSandbox(SANDBOX.sandbox(), dataDir);
        p.put("sync.webhooks-enabled", "false");
        p.put("remote.webhook-signing-key", "");
        p.put("sync.webhook-path", "");
        try (CamelContext context = context(p, "sync-remote-employees-to-segment", "remote-webhooks-to-segment")) {
            context.start();
            assertThat(context.getRoutes()).extracting(Route::getRouteId)
                    .containsExactly("sync-remote-employees-to-segment");
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void theRouteDiagramReadsAsTheDataPath() throws Exception {
        Properties p = SyncRouteProperties.forSandbox(SANDBOX.sandbox(), dataDir);
        p.put("sync.initial-delay", "3600000");
        try (CamelContext context = context(p, "sync-remote-employees-to-segment", "remote-webhooks-to-segment")) {
            var server = new org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            try (var socket = new java.net.ServerSocket(0)) {
                server.setBindPort(socket.getLocalPort());
            }
            context.addService(new org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer(server));
            context.start();
            var model = ((org.apache.camel.model.ModelCamelContext) context);
            for (var route : model.getRouteDefinitions()) {
                List<String> ids = new java.util.ArrayList<>();
                collect(route.getOutputs(), ids);
                assertThat(ids).as(route.getRouteId()).isNotEmpty().allSatisfy(id -> assertThat(id)
                        .as("every node has a written id").doesNotMatch(".*\\d+$"));
                if (route.getRouteId().equals("sync-remote-employees-to-segment")) {
                    assertThat(route.getOutputs()).as("error handling is not drawn as a step").noneMatch(
                            o -> o instanceof org.apache.camel.model.OnExceptionDefinition);
                }
            }
        }
    }

    private static void collect(List<? extends org.apache.camel.model.ProcessorDefinition<?>> outputs,
            List<String> ids) {
        for (var output : outputs) {
            ids.add(output.getId());
            assertThat(output.getDescriptionText()).as("description of %s", output.getId()).isNotBlank();
            collect(output.getOutputs(), ids);
        }
    }
}
