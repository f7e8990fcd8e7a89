package io.github.camelsegmentremote.app;

import java.io.File;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.camelsegmentremote.remote.JdbcWebhookDeliveries;
import io.github.camelsegmentremote.remote.RemoteComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the app remembers the Remote webhook deliveries it routed, so a repeated one (Remote retries, a replay within
 * the timestamp tolerance, concurrent copies) is routed once: in the same store as the sync state
 * ({@code sync.state-store}): a file in {@code sync.data-directory} (one instance; the file survives restarts), or a
 * table of the app's DataSource (shared by every instance). Set on the {@code remote} component, so the shipped
 * webhook route gets it without naming it.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookDeliveriesConfiguration {

    /** Remote's default tolerance is 5 min; a delivery older than twice that fails the timestamp check anyway. */
    private static final long RETENTION_MILLIS = Duration.ofMinutes(10).toMillis();

    @Bean
    IdempotentRepository webhookDeliveryRepository(@Value("${sync.state-store:file}") String store,
            @Value("${sync.data-directory:data}") String dataDirectory,
            @Value("${sync.webhook-deliveries-table:camel_segment_remote_webhook_deliveries}") String table,
            ObjectProvider<DataSource> dataSource) {
        if ("jdbc".equals(store)) {
            DataSource shared = dataSource.getIfUnique();
            if (shared == null) {
                throw new IllegalStateException("sync.state-store=jdbc (SYNC_STATE_STORE) needs one DataSource for "
                        + "the webhook deliveries too: add the JDBC starter and driver and set spring.datasource.*");
            }
            return new JdbcWebhookDeliveries(shared, table, RETENTION_MILLIS);
        }
        File file = new File(dataDirectory, "webhook-deliveries.dat");
        // 10 000 deliveries in 10 minutes is far more than Remote sends one company.
        return FileIdempotentRepository.fileIdempotentRepository(file, 10_000, 16L * 1024 * 1024);
    }

    @Bean
    CamelContextConfiguration webhookDeliveriesOnTheRemoteComponent(IdempotentRepository webhookDeliveryRepository) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext context) {
                context.getComponent("remote", RemoteComponent.class).getConfiguration()
                        .setWebhookIdempotentRepository(webhookDeliveryRepository);
            }

            @Override
            public void afterApplicationStart(CamelContext context) {
            }
        };
    }
}
