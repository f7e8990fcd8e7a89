package io.github.camelsegmentremote.springboot;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PluginHelper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Applies {@code camel.component.<scheme>.*} to every component of one class, whatever its name (so
 * {@code segment-source}, a second {@code segment} component, gets them too, as with Camel's own starters).
 * <p>
 * Only the options the application sets are applied: the properties class carries each option's default so IDEs
 * show it, and copying those defaults would overwrite what the application set on the component in Java. An
 * option the component does not take fails the start, naming it: nothing is dropped silently.
 */
final class ComponentPropertiesCustomizer implements ComponentCustomizer {

    /** Properties of the properties class that are about the auto-configuration, not options of the component. */
    private static final Set<String> NOT_OPTIONS = Set.of("enabled", "customizer");

    private final CamelContext camelContext;
    private final Environment environment;
    private final String scheme;
    private final Class<? extends Component> componentType;
    private final Object properties;

    ComponentPropertiesCustomizer(CamelContext camelContext, Environment environment, String scheme,
            Class<? extends Component> componentType, Object properties) {
        this.camelContext = camelContext;
        this.environment = environment;
        this.scheme = scheme;
        this.componentType = componentType;
        this.properties = properties;
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> values = new LinkedHashMap<>();
        PluginHelper.getBeanIntrospection(camelContext).getProperties(properties, values, null, false);
        values.keySet().removeIf(option -> NOT_OPTIONS.contains(option) || !isSet(option));
        if (!values.isEmpty()) {
            CamelPropertiesHelper.setCamelProperties(camelContext, target, values, true);
        }
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return componentType.isInstance(target) && HierarchicalPropertiesEvaluator.evaluate(environment,
                "camel.component.customizer", "camel.component." + scheme + ".customizer");
    }

    /** Whether the application's environment sets the option (any spelling Spring's relaxed binding accepts). */
    private boolean isSet(String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of("camel.component." + scheme + "."
                + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
