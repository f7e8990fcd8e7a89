package io.github.camelsegmentremote.app;

import java.util.Map;
import java.util.TreeMap;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Sets the {@code camel.component.remote.*} and {@code camel.component.segment.*} options of the Spring environment
 * (routes/application.properties, and anything that overrides it) on the two components before the routes start,
 * the way Camel Main does, so the same properties file configures both runtimes. Values are resolved by Camel, so
 * {@code {{remote.token}}} and {@code {{env:NAME:default}}} work as under Camel Main. An option a component does
 * not have stops the start, naming it.
 */
@Configuration(proxyBeanMethods = false)
public class ComponentOptionsFromEnvironment {

    static final String PREFIX = "camel.component.";

    @Bean
    CamelContextConfiguration componentOptions(ConfigurableEnvironment environment) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext context) {
                options(environment).forEach((key, value) -> apply(context, key, value));
            }

            @Override
            public void afterApplicationStart(CamelContext context) {
                // nothing to do once started
            }
        };
    }

    /** Every camel.component.* key of the environment, with the value that wins. */
    private static Map<String, String> options(ConfigurableEnvironment environment) {
        Map<String, String> options = new TreeMap<>();
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(PREFIX) && name.indexOf('.', PREFIX.length()) > 0) {
                        options.putIfAbsent(name, environment.getProperty(name));
                    }
                }
            }
        });
        return options;
    }

    private static void apply(CamelContext context, String key, String value) {
        String rest = key.substring(PREFIX.length());
        String name = rest.substring(0, rest.indexOf('.'));
        if (!name.equals("remote") && !name.equals("segment")) {
            return; // other components are configured by their own starters
        }
        Component component = context.getComponent(name);
        if (!(component instanceof RemoteComponent) && !(component instanceof SegmentComponent)) {
            return;
        }
        String option = StringHelper.dashToCamelCase(rest.substring(name.length() + 1));
        boolean bound = PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withIgnoreCase(true).withPlaceholder(true).withProperty(option, value).bind();
        if (!bound) {
            throw new IllegalArgumentException("Property " + key + ": the " + name + " component has no option "
                    + option + " (see its options in src/main/docs/" + name + "-component.adoc)");
        }
    }
}
