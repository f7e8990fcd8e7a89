package io.github.camelsegmentremote.remote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The polling consumer: one exchange per item, batch properties, limits, and no loss when pages shift. */
class RemoteConsumerTest extends CamelTestSupport {

    private static final int EMPLOYEES = 95;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    private CloseableHttpClient interceptingClient;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RemoteTesting.useSandbox(context, SANDBOX.sandbox());
        return context;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (interceptingClient != null) {
            interceptingClient.close();
        }
        SANDBOX.sandbox().reset();
    }

    private RemoteSimulator simulator() {
        return SANDBOX.sandbox().remoteSimulator();
    }

    private MockEndpoint pollOnce(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + (uri.contains("?") ? "&" : "?") + "repeatCount=1&initialDelay=0").to("mock:item");
            }
        });
        return getMockEndpoint("mock:item");
    }

    /** Streaming polls emit a re-read's items after the first read's: wait for the poll's last exchange. */
    private static void awaitPollEnd(MockEndpoint mock) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mock.getExchanges().stream().anyMatch(
                e -> Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class))));
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getExchanges().stream().map(e -> e.getMessage().getBody(Employment.class).getId()).toList();
    }

    @Test
    void pageExchangesCarryAPageEachAndTheBatchPropertiesCountPages() throws Exception {
        MockEndpoint mock = pollOnce("remote:listEmployments?pageSize=40&pageExchanges=true");
        mock.expectedMessageCount(3);
        mock.assertIsSatisfied(20_000);
        List<Exchange> pages = mock.getExchanges();
        assertThat(pages).extracting(e -> e.getMessage().getHeader(RemoteConstants.PAGE)).containsExactly(1, 2, 3);
        assertThat(pages).extracting(e -> e.getMessage().getBody(List.class).size()).containsExactly(40, 40, 15);
        assertThat(pages).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE)).containsOnly(3L);
        assertThat(pages).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))
                .containsExactly(false, false, true);
        RemotePageItems first = pages.get(0).getMessage().getBody(RemotePageItems.class);
        Employment typed = (Employment) first.get(0);
        assertThat(typed.getId()).isEqualTo(first.json(0).path("id").asText());
        List<String> all = pages.stream().flatMap(e -> ((List<?>) e.getMessage().getBody(List.class)).stream())
                .map(item -> ((Employment) item).getId()).toList();
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(simulator().employmentIds()
                .toList());
    }

    @Test
    void everyEmploymentOnceWithTheBatchProperties() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMessageCount(EMPLOYEES);
        pollOnce("remote:listEmployments?pageSize=10");
        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactlyElementsOf(simulator().employmentIds().toList());
        for (int i = 0; i < EMPLOYEES; i++) {
            Exchange exchange = mock.getExchanges().get(i);
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).isEqualTo(i);
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isEqualTo(EMPLOYEES);
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class))
                    .isEqualTo(i == EMPLOYEES - 1);
            assertThat(exchange.getMessage().getHeader(RemoteConstants.PAGE, Integer.class)).isEqualTo(i / 10 + 1);
            assertThat(exchange.getMessage().getHeader(RemoteConstants.EMPLOYMENT_ID))
                    .isEqualTo(ids(mock).get(i));
        }
    }

    @Test
    void maxMessagesPerPollStopsReadingPages() throws Exception {
        long before = RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments");
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMessageCount(25);
        pollOnce("remote:listEmployments?pageSize=10&maxMessagesPerPoll=25");
        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactlyElementsOf(simulator().employmentIds().limit(25).toList());
        assertThat(RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments") - before).isEqualTo(3);
    }

    @Test
    void filtersAsOptions() throws Exception {
        MockEndpoint mock = pollOnce("remote:listEmployments?status=active&pageSize=50");
        mock.setResultWaitTime(5000);
        mock.expectedMinimumMessageCount(1);
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).allMatch(e -> "active".equals(e.getMessage().getBody(Employment.class)
                .getStatus()));
    }

    /** An HttpClient that runs {@code action} once, just before the request for page {@code page} goes out. */
    private String clientActingBefore(int page, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        interceptingClient = HttpClients.custom().addRequestInterceptorFirst((request, entity, ctx) -> {
            if (request.getRequestUri().matches(".*[?&]page=" + page + "(&.*)?") && done.compareAndSet(false, true)) {
                action.run();
            }
        }).build();
        context.getRegistry().bind("interceptingClient", interceptingClient);
        return "&httpClient=#interceptingClient";
    }

    @Test
    void anEmploymentRemovedMidPollDoesNotMakeTheNextPageSkipOne() throws Exception {
        List<String> before = simulator().employmentIds().toList();
        String removed = before.get(3);
        long requestsBefore = RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments");
        // Removing an item of page 1 while page 4 is requested shifts every later item one place back, so the
        // first item of the old page 4 moves to page 3, which was already read.
        String client = clientActingBefore(4, () -> simulator().removeEmployment(removed));
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMinimumMessageCount(EMPLOYEES - 1);
        pollOnce("remote:listEmployments?pageSize=10" + client);
        mock.assertIsSatisfied();
        awaitPollEnd(mock);
        assertThat(simulator().employment(removed)).isEmpty();
        List<String> emitted = ids(mock);
        assertThat(emitted).doesNotHaveDuplicates()
                .containsAll(before.stream().filter(id -> !id.equals(removed)).toList());
        assertThat(RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments") - requestsBefore)
                .as("the changed list was read again").isGreaterThan(10);
    }

    @Test
    void anEmploymentAddedMidPollIsEmittedAtMostOnce() throws Exception {
        List<String> before = simulator().employmentIds().toList();
        String client = clientActingBefore(5, () -> simulator().addEmployment("Mid Poll", "mid.poll@example.com",
                "PRT", "Engineer"));
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMinimumMessageCount(EMPLOYEES);
        pollOnce("remote:listEmployments?pageSize=10" + client);
        mock.assertIsSatisfied();
        awaitPollEnd(mock);
        assertThat(simulator().employmentCount()).isEqualTo(EMPLOYEES + 1);
        assertThat(ids(mock)).doesNotHaveDuplicates().containsAll(before).hasSizeBetween(EMPLOYEES, EMPLOYEES + 1);
    }

    @Test
    void theIssuesYamlRoute() throws Exception {
        context.getPropertiesComponent().addOverrideProperty("remote.token", SandboxTokens.REMOTE_TOKEN);
        String yaml = """
                - from:
                    uri: remote:listEmployments
                    parameters: {token: "{{remote.token}}", environment: sandbox, status: active, delay: 3600000,
                                 baseUrl: "%s", initialDelay: 0}
                    steps:
                      - to: mock:item
                """.formatted(SANDBOX.sandbox().remote().baseUrl());
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMinimumMessageCount(1);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("remote.yaml", yaml));
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).allMatch(e -> "active".equals(e.getMessage().getBody(Employment.class)
                .getStatus()));
    }

    @Test
    void listsWithoutPagesArePolledToo() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:item");
        mock.expectedMessageCount(1);
        mock.expectedHeaderReceived(RemoteConstants.RESOURCE_ID, simulator().companyId());
        pollOnce("remote:listCompanies");
        mock.assertIsSatisfied();
    }

    @Test
    void aSingleResourceOperationCannotBePolled() {
        assertThatThrownBy(() -> pollOnce("remote:getEmployment?employmentId=x"))
                .rootCause().hasMessageContaining("cannot be polled").hasMessageContaining("remote:webhook");
    }
}
