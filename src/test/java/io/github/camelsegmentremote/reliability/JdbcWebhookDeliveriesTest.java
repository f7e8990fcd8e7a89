package io.github.camelsegmentremote.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camelsegmentremote.remote.JdbcWebhookDeliveries;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 5, several instances: two repositories (two app instances) over one database take 16
 * concurrent copies of one delivery; exactly one add wins. A failed routing's remove lets the next attempt in, and
 * rows older than the retention are gone after a restart.
 */
class JdbcWebhookDeliveriesTest {

    @Test
    void oneOfManyConcurrentCopiesWinsAcrossInstancesSharingTheTable() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:webhook-deliveries;DB_CLOSE_DELAY=-1");
        JdbcWebhookDeliveries first = new JdbcWebhookDeliveries(db, "webhook_deliveries", 600_000);
        JdbcWebhookDeliveries second = new JdbcWebhookDeliveries(db, "webhook_deliveries", 600_000);
        first.start();
        second.start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> copies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            JdbcWebhookDeliveries instance = i % 2 == 0 ? first : second;
            copies.add(() -> instance.add("signature-of-one-delivery"));
        }
        long winners = 0;
        for (Future<Boolean> added : pool.invokeAll(copies)) {
            winners += added.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        assertThat(second.contains("signature-of-one-delivery")).isTrue();

        assertThat(first.remove("signature-of-one-delivery")).isTrue();
        assertThat(second.add("signature-of-one-delivery")).as("after a failed routing, the retry").isTrue();

        JdbcWebhookDeliveries restartedWithShortRetention = new JdbcWebhookDeliveries(db, "webhook_deliveries", -1);
        restartedWithShortRetention.start();
        assertThat(restartedWithShortRetention.contains("signature-of-one-delivery")).as("evicted").isFalse();
    }
}
