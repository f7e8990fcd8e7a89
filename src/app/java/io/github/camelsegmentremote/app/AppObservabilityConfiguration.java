package io.github.camelsegmentremote.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelsegmentremote.sync.management.SyncManagement;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.Service;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.LifecycleStrategySupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's metrics wiring: every sync that joins the Camel context gets its series in the app's Micrometer
 * registry ({@link SyncMeters}), next to Camel's route metrics (camel-micrometer-starter), all at
 * {@code /actuator/prometheus}; the sync dev console at {@code /actuator/sync} ({@link SyncConsoleEndpoint}); and the
 * line with Hawtio's address at start ({@link AppAddressLog}).
 */
@Configuration(proxyBeanMethods = false)
public class AppObservabilityConfiguration {

    @Bean
    CamelContextConfiguration syncMetrics(MeterRegistry registry) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                camelContext.addLifecycleStrategy(new SyncMetricsLifecycle(registry));
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                // The route files' syncs are beans of the registry, not services: bind them now they exist.
                SyncManagement.all(camelContext).forEach(sync -> lifecycle(camelContext).bind(sync));
            }
        };
    }

    private static SyncMetricsLifecycle lifecycle(CamelContext camelContext) {
        return camelContext.getLifecycleStrategies().stream().filter(SyncMetricsLifecycle.class::isInstance)
                .map(SyncMetricsLifecycle.class::cast).findFirst().orElseThrow();
    }

    @Bean
    SyncConsoleEndpoint syncConsoleEndpoint(CamelContext camelContext) {
        return new SyncConsoleEndpoint(camelContext);
    }

    @Bean
    AppAddressLog appAddressLog() {
        return new AppAddressLog();
    }

    /** Binds a sync's meters when its management joins the context, and removes them when it leaves. */
    static final class SyncMetricsLifecycle extends LifecycleStrategySupport {
        private final MeterRegistry registry;
        private final Map<SyncManagement, SyncMeters> bound = new ConcurrentHashMap<>();

        SyncMetricsLifecycle(MeterRegistry registry) {
            this.registry = registry;
        }

        void bind(SyncManagement sync) {
            bound.computeIfAbsent(sync, s -> SyncMeters.bind(s, registry));
        }

        @Override
        public void onServiceAdd(CamelContext context, Service service, Route route) {
            if (service instanceof SyncManagement sync) {
                bind(sync);
            }
        }

        @Override
        public void onServiceRemove(CamelContext context, Service service, Route route) {
            SyncMeters meters = service instanceof SyncManagement sync ? bound.remove(sync) : null;
            if (meters != null) {
                meters.remove();
            }
        }
    }
}
