package io.github.camelsegmentremote.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelsegmentremote.client.RateLimiter;
import io.github.camelsegmentremote.client.SensitiveOptions;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code remote:} component: every operation of the Remote (remote.com) HR API, polling of its lists, and
 * verified webhook deliveries.
 */
@Component("remote")
public class RemoteComponent extends HealthCheckComponent {

    static final String PARAM_PREFIX = "param.";

    static {
        // Camel masks URI parameters by name: every secret option of both components (see SensitiveOptions).
        SensitiveOptions.register(null);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Camel Main sets the user's sensitive keywords after the context's plugins ran: merge ours in again.
        SensitiveOptions.register(getCamelContext());
    }

    @Metadata(description = "Default options for every remote: endpoint")
    private RemoteConfiguration configuration = new RemoteConfiguration();

    /** Remote limits requests per company: endpoints sharing credentials share one limiter. */
    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();

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
        endpoint.validate();
        return endpoint;
    }

    public RemoteConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RemoteConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * The limiter of one set of credentials on one host: {@code requestsPerMinute} evenly spaced, or only Remote's
     * own pauses when 0.
     */
    RateLimiter rateLimiter(String baseUrl, String credential, int requestsPerMinute) {
        String key = baseUrl + " " + fingerprint(credential) + " " + requestsPerMinute;
        return rateLimiters.computeIfAbsent(key, k -> requestsPerMinute == 0 ? RateLimiter.unlimited()
                : RateLimiter.perInterval(requestsPerMinute, Duration.ofMinutes(1)));
    }

    /** A one-way digest, so the limiter map holds no credential. */
    private static String fingerprint(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
