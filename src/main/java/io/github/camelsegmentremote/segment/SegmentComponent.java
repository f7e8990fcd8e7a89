package io.github.camelsegmentremote.segment;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.URISupport;

/**
 * The {@code segment:} component: Segment's Public API (workspace configuration) and Tracking API.
 */
@Component("segment")
public class SegmentComponent extends DefaultComponent {

    static {
        // Camel masks URI parameters by name; "token" is on its list, the write key is not.
        URISupport.addSanitizeKeywords("writeKey");
    }

    @Metadata(description = "Default options for every segment: endpoint")
    private SegmentConfiguration configuration = new SegmentConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("The segment: endpoint needs an operation, e.g. segment:listSources "
                    + "or segment:identify");
        }
        SegmentConfiguration copy = configuration.copy();
        copy.setOperation(remaining);
        SegmentEndpoint endpoint = new SegmentEndpoint(uri, this, copy);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    public SegmentConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SegmentConfiguration configuration) {
        this.configuration = configuration;
    }
}
