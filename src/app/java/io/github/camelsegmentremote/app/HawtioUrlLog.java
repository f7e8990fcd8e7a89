package io.github.camelsegmentremote.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Says where Hawtio is once the app is ready, so a newcomer does not have to look it up. */
final class HawtioUrlLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(HawtioUrlLog.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        LOG.info("Hawtio (routes, exchanges, the sync's counters): {}", url(event.getApplicationContext()
                .getEnvironment()));
    }

    static String url(Environment env) {
        String address = env.getProperty("server.address", "127.0.0.1");
        String host = address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String base = env.getProperty("management.endpoints.web.base-path", "/actuator");
        return "http://" + host + ":" + port + base + "/hawtio";
    }
}
