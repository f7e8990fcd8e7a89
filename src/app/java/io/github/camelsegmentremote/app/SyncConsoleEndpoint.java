package io.github.camelsegmentremote.app;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/sync}: the Camel dev console {@code sync} (JSON), and only that one. Camel's own actuator
 * endpoint ({@code /actuator/camel/{id}}) is not exposed: it serves every dev console, and some act on a plain GET
 * ({@code send} sends a message to an endpoint, {@code eval-language} evaluates an expression).
 */
@Endpoint(id = "sync")
public class SyncConsoleEndpoint {

    private final CamelContext camelContext;

    SyncConsoleEndpoint(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The sync console's JSON: health, run in progress, last runs, counts, state size of each sync. */
    @ReadOperation
    @SuppressWarnings("unchecked")
    public Map<String, Object> sync() {
        DevConsoleRegistry registry = DevConsoleRegistry.get(camelContext);
        DevConsole console = registry == null ? null : registry.resolveById("sync");
        if (console == null) {
            return Map.of("error", "the sync dev console is not available (camel.main.dev-console-enabled=false?)");
        }
        return (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
    }
}
