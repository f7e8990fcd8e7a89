package io.github.camelsegmentremote.springboot;

import io.github.camelsegmentremote.remote.RemoteComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration of the {@code remote:} component, as Camel's own starters configure theirs:
 * {@code camel.component.remote.*} (see {@link RemoteComponentConfiguration}) is applied to every Remote
 * component the Camel context creates. Active when camel-spring-boot is on the class path and a CamelContext is
 * there; {@code camel.component.remote.enabled=false} (or {@code camel.component.enabled=false}) turns it off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.remote"})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, RemoteComponentConfiguration.class})
public class RemoteComponentAutoConfiguration {

    /** Applies the properties to each Remote component when Camel creates it. */
    @Lazy
    @Bean
    public ComponentCustomizer configureRemoteComponent(CamelContext camelContext, Environment environment,
            RemoteComponentConfiguration configuration) {
        return new ComponentPropertiesCustomizer(camelContext, environment, "remote", RemoteComponent.class,
                configuration);
    }

    /** Lets {@code camel.component.remote.http-client=#bean:name} name a bean for an option that takes one. */
    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter remoteBeanReferenceConverter(BeanFactory beans) {
        return new BeanReferenceConverter(beans, RemoteComponentConfiguration.REFERENCE_TYPES);
    }
}
