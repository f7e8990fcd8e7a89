package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote's less common answer shapes, which the simulator does not serve, from a stub server: page numbers beside
 * {@code data}, items in {@code data.data}, a bare {@code data} array, files and empty answers.
 */
class RemoteAnswerShapesTest extends CamelTestSupport {

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private record Answer(int status, String contentType, byte[] body) {
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            requests.add(uri);
            Answer answer = answers.getOrDefault(uri, new Answer(404, "application/json",
                    "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8)));
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        });
        server.start();
        CamelContext context = super.createCamelContext();
        RemoteConfiguration defaults = context.getComponent("remote", RemoteComponent.class).getConfiguration();
        defaults.setEnvironment(RemoteEnvironment.sandbox);
        defaults.setToken(SandboxTokens.REMOTE_TOKEN);
        defaults.setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
        defaults.setRequestsPerMinute(0);
        return context;
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(String uri, String json) {
        answers.put(uri, new Answer(200, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names(Object body) throws IOException {
        List<String> names = new ArrayList<>();
        ((Iterable<?>) body).forEach(item -> names.add(((JsonNode) item).path("name").asText()));
        return names;
    }

    @Test
    void pageNumbersBesideData() throws Exception {
        answer("/v1/company-departments?page_size=2&page=1", "{\"current_page\":1,\"total_pages\":2,"
                + "\"total_count\":3,\"data\":{\"company_departments\":[{\"name\":\"a\"},{\"name\":\"b\"}]}}");
        answer("/v1/company-departments?page_size=2&page=2", "{\"current_page\":2,\"total_pages\":2,"
                + "\"total_count\":3,\"data\":{\"company_departments\":[{\"name\":\"c\"}]}}");
        Exchange exchange = template.request("remote:listCompanyDepartments?pageSize=2", e -> {
        });
        assertThat(exchange.getMessage().getHeader(RemoteConstants.TOTAL_COUNT, Long.class)).isEqualTo(3);
        assertThat(names(exchange.getMessage().getBody())).containsExactly("a", "b", "c");
        assertThat(requests).as("the last page is known, no empty page is asked for").hasSize(2);
    }

    @Test
    void itemsInsideDataData() throws Exception {
        answer("/v1/pay-items?page_size=100&page=1", "{\"data\":{\"data\":[{\"name\":\"bonus\"}],"
                + "\"current_page\":1,\"total_pages\":1,\"total_count\":1}}");
        assertThat(names(template.requestBody("remote:listPayItems", (Object) null))).containsExactly("bonus");
    }

    @Test
    void aBareDataArrayPagedUntilEmpty() throws Exception {
        answer("/v1/employments/e-1/benefit-offers?page_size=100&page=1",
                "{\"data\":[{\"name\":\"health\"},{\"name\":\"dental\"}]}");
        answer("/v1/employments/e-1/benefit-offers?page_size=100&page=2", "{\"data\":[]}");
        assertThat(names(template.requestBodyAndHeader("remote:listEmploymentBenefitOffers", null,
                RemoteConstants.EMPLOYMENT_ID, "e-1"))).containsExactly("health", "dental");
    }

    @Test
    void filesAsBytesAndEmptyAnswersAsNull() {
        byte[] pdf = { '%', 'P', 'D', 'F', 1, 2, 3 };
        answers.put("/v1/expenses/x-1/receipts/r-1", new Answer(200, "application/pdf", pdf));
        Exchange file = template.request("remote:getExpenseReceipt", e -> e.getMessage().setHeaders(
                new java.util.HashMap<>(Map.of(RemoteConstants.PARAMETERS, Map.of("expense_id", "x-1",
                        "receipt_id", "r-1")))));
        assertThat(file.getMessage().getBody()).isEqualTo(pdf);
        assertThat(file.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");

        answers.put("/v1/webhook-callbacks/w-1", new Answer(204, null, new byte[0]));
        Exchange deleted = template.request("remote:deleteWebhookCallback", e -> {
            e.getMessage().setHeader(RemoteConstants.RESOURCE_ID, "w-1");
            e.getMessage().setBody("ignored: the operation takes no body");
        });
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isNull();
    }
}
