package io.github.camelsegmentremote.conformance;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Prism server for one OpenAPI file and a CamelContext whose endpoints reach it through a
 * {@link ViolationRecorder} bound as {@code #prismClient}: start once per test class, it takes seconds.
 */
final class PrismCamel implements AutoCloseable {

    /** The registry name of the recording HttpClient, for the endpoints' {@code httpClient} option. */
    static final String CLIENT = "#prismClient";

    private final PrismServer prism;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final ViolationRecorder recorder = new ViolationRecorder();

    private PrismCamel(Path spec) {
        prism = PrismServer.start(spec);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(CLIENT.substring(1), recorder.client());
        camel.start();
        template = camel.createProducerTemplate();
    }

    static PrismCamel start(Path spec) {
        return new PrismCamel(spec);
    }

    String baseUrl() {
        return prism.baseUrl();
    }

    ProducerTemplate template() {
        return template;
    }

    ViolationRecorder recorder() {
        return recorder;
    }

    /** Sends one exchange to {@code uri} and returns what Prism saw of it and how it ended. */
    ConformanceRun.Call call(String operation, String pass, String uri, Processor message) {
        int before = recorder.size();
        Exchange exchange = template.send(uri, message);
        return new ConformanceRun.Call(operation, pass, recorder.since(before), exchange.getException());
    }

    @Override
    public void close() {
        camel.stop();
        prism.close();
    }
}
