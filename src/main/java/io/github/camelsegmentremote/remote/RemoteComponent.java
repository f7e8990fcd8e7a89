package io.github.camelsegmentremote.remote;

import java.util.Map;

import io.github.camelsegmentremote.client.ApiComponentSupport;
import io.github.camelsegmentremote.client.UriSecrets;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code remote:} component: every operation of the Remote (remote.com) HR API, polling of its lists, and
 * verified webhook deliveries.
 */
@Component("remote")
public class RemoteComponent extends ApiComponentSupport {

    static final String PARAM_PREFIX = "param.";

    static {
        // Camel masks URI parameters by name; token, clientSecret and refreshToken are on its list, signingKey is not.
        UriSecrets.mask("signingKey", "proxyAuthUsername");
    }

    @Metadata(description = "Default options for every remote: endpoint")
    private RemoteConfiguration configuration = new RemoteConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("The remote: endpoint needs an operation, e.g. remote:listEmployments, "
                    + "remote:getEmployment or remote:webhook");
        }
        RemoteConfiguration copy = configuration.copy();
        copy.setOperation(remaining);
        // param.<name> options: Camel leaves prefixed multi-value options to the component.
        copy.getParams().putAll(PropertiesHelper.extractProperties(parameters, PARAM_PREFIX));
        RemoteEndpoint endpoint = new RemoteEndpoint(uri, this, copy);
        setProperties(endpoint, parameters);
        applyGlobalSslContextParameters(copy);
        endpoint.validate();
        return endpoint;
    }

    public RemoteConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RemoteConfiguration configuration) {
        this.configuration = configuration;
    }
}
