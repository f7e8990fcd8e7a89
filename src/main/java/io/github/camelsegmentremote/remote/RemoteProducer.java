package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.client.PagedIterable;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls the endpoint's operation (or the one header {@code CamelRemoteOperation} names) with the parameters of the
 * endpoint and the message. The body becomes: for paged lists, every item as a lazy {@link RemoteItems}
 * ({@code allPages=true}) or one page's items as a List; for other lists, the List of items; for single resources,
 * the resource ({@link Employment} or a Jackson tree, bytes for files, null for an empty answer).
 */
public class RemoteProducer extends DefaultProducer {

    private WritableHealthCheckRepository healthCheckRepository;
    private RemoteProducerHealthCheck healthCheck;

    public RemoteProducer(RemoteEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public RemoteEndpoint getEndpoint() {
        return (RemoteEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getEndpoint().client();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new RemoteProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RemoteEndpoint endpoint = getEndpoint();
        Message message = exchange.getMessage();
        RemoteOperation operation = endpoint.operationFor(message);
        ApiClient client = endpoint.client();
        ApiRequest request = endpoint.requests().build(operation, message, client);
        switch (operation.kind()) {
            case PAGED -> paged(operation, request, client, message);
            case LIST -> {
                ApiResponse response = client.execute(request);
                message.setBody(RemoteAnswers.items(operation, RemoteAnswers.listPage(operation, response),
                        client, request));
            }
            case ONE -> {
                ApiResponse response = client.execute(request);
                Object body = RemoteAnswers.resource(operation, response, client);
                message.setBody(body);
                if (body instanceof Employment employment && employment.getId() != null) {
                    message.setHeader(RemoteConstants.EMPLOYMENT_ID, employment.getId());
                } else if (body instanceof byte[] && response.header("Content-Type") != null) {
                    message.setHeader(Exchange.CONTENT_TYPE, response.header("Content-Type"));
                }
            }
        }
    }

    private void paged(RemoteOperation operation, ApiRequest request, ApiClient client, Message message) {
        RemoteConfiguration configuration = getEndpoint().getConfiguration();
        PagedIterable pages = client.paginate(request, RemoteAnswers.pagination(operation),
                configuration.getPageSize());
        // The first page is read here, so a refused token or a wrong id fails this exchange, not a later split.
        Page first = pages.firstPage();
        message.setHeader(RemoteConstants.PAGE, first.number());
        setIfPresent(message, RemoteConstants.TOTAL_PAGES, first.totalPages());
        setIfPresent(message, RemoteConstants.TOTAL_COUNT, first.totalCount());
        if (configuration.isAllPages()) {
            message.setBody(new RemoteItems(operation.name(), pages.from(first),
                    node -> RemoteAnswers.item(operation, node, client, request), first.totalCount()));
        } else {
            message.setBody(RemoteAnswers.items(operation, first, client, request));
            message.setHeader(RemoteConstants.HAS_MORE_PAGES, first.hasNext());
        }
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
