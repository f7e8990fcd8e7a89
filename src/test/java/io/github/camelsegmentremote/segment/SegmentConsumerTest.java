package io.github.camelsegmentremote.segment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.Source;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Polling list operations: one exchange per item, batches, resuming polls and the changed-only mode. */
class SegmentConsumerTest extends CamelTestSupport {

    private static Sandbox sandbox;
    private final List<Exchange> received = new ArrayList<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    private static String us(String operation, String options) {
        return "segment:" + operation + "?token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN + ")&baseUrl="
                + sandbox.segmentUs().baseUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    private static SegmentWorkspace usWorkspace() {
        return sandbox.segmentWorld().us();
    }

    @Test
    void aRoutePollsOneExchangePerItemWithBatchProperties() throws Exception {
        int labels = usWorkspace().labels().size();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(us("listLabels", "repeatCount=1")).to("mock:labels");
            }
        });
        MockEndpoint mock = getMockEndpoint("mock:labels");
        mock.expectedMessageCount(labels);
        mock.assertIsSatisfied();
        List<Exchange> exchanges = mock.getReceivedExchanges();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getMessage().getBody()).isInstanceOf(Label.class);
            assertThat(e.getProperty(Exchange.BATCH_SIZE, Integer.class)).isEqualTo(labels);
        });
        assertThat(exchanges).extracting(e -> e.getProperty(Exchange.BATCH_INDEX, Integer.class))
                .containsExactlyElementsOf(IntStream.range(0, labels).boxed().toList());
        assertThat(exchanges.get(labels - 1).getProperty(Exchange.BATCH_COMPLETE, Boolean.class)).isTrue();
        assertThat(exchanges.get(0).getProperty(Exchange.BATCH_COMPLETE, Boolean.class)).isFalse();
    }

    @Test
    void maxMessagesPerPollResumesWhereThePreviousPollStopped() throws Exception {
        usWorkspace().addSources(30, "bulk");
        int total = usWorkspace().sourceCount();
        SegmentConsumer consumer = consumer(us("listSources", "pageSize=7&maxMessagesPerPoll=25"));
        List<Integer> polls = new ArrayList<>();
        while (received.size() < total) {
            polls.add(consumer.poll());
        }
        assertThat(polls.get(0)).isEqualTo(25);
        assertThat(polls).allMatch(n -> n <= 25).hasSize((total + 24) / 25);
        assertThat(received).extracting(e -> ((Source) e.getMessage().getBody()).getId())
                .doesNotHaveDuplicates().hasSize(total);
        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getHeader(SegmentConstants.ITEM_ID))
                .isEqualTo(((Source) e.getMessage().getBody()).getId()));

        received.clear();
        consumer.poll();
        assertThat(received).as("a new pass starts from the first page").hasSize(25);
        ServiceHelper.stopService(consumer);
    }

    @Test
    void changedOnlyEmitsWhatIsNewChangedOrGone() throws Exception {
        SegmentConsumer consumer = consumer(us("listSources", "changedOnly=true&pageSize=5"));
        int total = usWorkspace().sourceCount();
        assertThat(consumer.poll()).isEqualTo(total);
        assertThat(received).allMatch(e -> "created".equals(e.getMessage().getHeader(SegmentConstants.CHANGE)));

        received.clear();
        assertThat(consumer.poll()).as("nothing changed").isZero();

        List<SegmentSource> sources = usWorkspace().sources();
        String renamed = sources.get(1).id();
        String deleted = sources.get(2).id();
        usWorkspace().updateSource(renamed, new SegmentSource.Update("Renamed", null, null, null));
        usWorkspace().deleteSource(deleted);
        String added = usWorkspace().addSources(1, "late").get(0).id();

        assertThat(consumer.poll()).isEqualTo(3);
        Map<String, String> changes = new TreeMap<>();
        received.forEach(e -> changes.put(e.getMessage().getHeader(SegmentConstants.ITEM_ID, String.class),
                e.getMessage().getHeader(SegmentConstants.CHANGE, String.class)));
        assertThat(changes).containsExactlyInAnyOrderEntriesOf(Map.of(renamed, "updated", deleted, "deleted", added,
                "created"));
        Exchange update = received.stream().filter(e -> renamed.equals(e.getMessage().getHeader(
                SegmentConstants.ITEM_ID))).findFirst().orElseThrow();
        assertThat(((Source) update.getMessage().getBody()).getName()).isEqualTo("Renamed");
        ServiceHelper.stopService(consumer);
    }

    @Test
    void aFailedPassIsNotTakenForDeletions() throws Exception {
        AtomicBoolean failPages = new AtomicBoolean();
        context.getRegistry().bind("flaky", HttpClients.custom()
                .addRequestInterceptorFirst((request, entity, ctx) -> {
                    if (failPages.get() && request.getRequestUri().contains("cursor")) {
                        throw new IOException("injected: page after the first lost");
                    }
                })
                .build());
        SegmentConsumer consumer = consumer(us("listSources", "changedOnly=true&pageSize=3&maxAttempts=1"
                + "&httpClient=#flaky"));
        assertThat(consumer.poll()).isEqualTo(usWorkspace().sourceCount());
        received.clear();

        failPages.set(true);
        assertThatThrownBy(consumer::poll).isInstanceOf(SegmentApiException.class)
                .hasMessageContaining("injected");
        failPages.set(false);
        assertThat(consumer.poll()).as("the sources on the lost pages are not gone").isZero();
        assertThat(received).isEmpty();
        ServiceHelper.stopService(consumer);
    }

    @Test
    void pathParametersOfThePolledOperationComeFromTheUri() throws Exception {
        String web = usWorkspace().source("web-app").orElseThrow().id();
        SegmentConsumer consumer = consumer(us("listConnectedDestinationsFromSource", "sourceId=" + web));
        assertThat(consumer.poll()).isEqualTo(usWorkspace().destinationsOf(web).size()).isPositive();
        ServiceHelper.stopService(consumer);
    }

    /** A started consumer whose polls the test runs itself. */
    private SegmentConsumer consumer(String uri) throws Exception {
        SegmentEndpoint endpoint = context.getEndpoint(uri + "&startScheduler=false", SegmentEndpoint.class);
        SegmentConsumer consumer = (SegmentConsumer) endpoint.createConsumer(exchange -> received.add(
                exchange.copy()));
        ServiceHelper.startService(consumer);
        return consumer;
    }
}
