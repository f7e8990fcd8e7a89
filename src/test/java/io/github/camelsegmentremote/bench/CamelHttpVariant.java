package io.github.camelsegmentremote.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.EmploymentIdentifyMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * What a Camel user writes today without this project: a route that loops over Remote's pages with camel-http,
 * splits each page and POSTs one {@code /v1/identify} per employee with a hand-made Authorization header. The split
 * is sequential, as written by default; done when the route returns (every POST answered 200).
 */
final class CamelHttpVariant implements SyncVariant {

    @Override
    public String id() {
        return "camel-http";
    }

    @Override
    public VariantRun run(BenchTarget target) throws Exception {
        Stopwatch setup = Stopwatch.start();
        AtomicLong posted = new AtomicLong();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new SyncRoute(target, posted));
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            double setupMillis = setup.millis();
            Stopwatch sync = Stopwatch.start();
            template.sendBody("direct:sync", null);
            return new VariantRun(setupMillis, sync, posted.get(), null,
                    "camel-http 4.18.0 defaults, loopDoWhile over pages of 100, sequential split, one POST "
                            + "/v1/identify per employee");
        } finally {
            context.stop();
        }
    }

    private static final class SyncRoute extends RouteBuilder {
        private final BenchTarget target;
        private final AtomicLong posted;
        private final EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper();

        SyncRoute(BenchTarget target, AtomicLong posted) {
            this.target = target;
            this.posted = posted;
        }

        @Override
        public void configure() {
            String basic = "Basic " + Base64.getEncoder().encodeToString((SandboxTokens.SEGMENT_WRITE_KEY + ":")
                    .getBytes(StandardCharsets.UTF_8));
            from("direct:sync").routeId("camel-http-sync")
                    .setProperty("page", constant(1))
                    .setProperty("more", constant(true))
                    .loopDoWhile(exchangeProperty("more").isEqualTo(true))
                        .removeHeaders("*")
                        .setHeader("Authorization", constant("Bearer " + SandboxTokens.REMOTE_TOKEN))
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .setHeader(Exchange.HTTP_QUERY,
                                simple("page=${exchangeProperty.page}&page_size=" + BenchTarget.PAGE_SIZE))
                        .to(target.remoteBaseUrl() + "/v1/employments")
                        .unmarshal().json(JsonLibrary.Jackson, JsonNode.class)
                        .process(this::nextPage)
                        .split(body())
                            .process(this::toIdentify)
                            .marshal().json(JsonLibrary.Jackson)
                            .removeHeaders("*")
                            .setHeader("Authorization", constant(basic))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .to(target.trackingBaseUrl() + "/v1/identify")
                            .process(e -> posted.incrementAndGet())
                        .end()
                    .end();
        }

        /** Keeps the page's employments as the body and moves on to the next page, if there is one. */
        private void nextPage(Exchange exchange) {
            JsonNode data = exchange.getMessage().getBody(JsonNode.class).path("data");
            int page = exchange.getProperty("page", Integer.class);
            exchange.setProperty("more", page < data.path("total_pages").asInt());
            exchange.setProperty("page", page + 1);
            exchange.getMessage().setBody(data.path("employments"));
        }

        private void toIdentify(Exchange exchange) {
            exchange.getMessage().setBody(mapper.map(exchange.getMessage().getBody(JsonNode.class)).orElseThrow()
                    .toMap());
        }
    }
}
