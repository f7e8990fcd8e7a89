package io.github.camelsegmentremote.springboot;

import io.github.camelsegmentremote.segment.SegmentComponent;
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
 * Spring Boot auto-configuration of the {@code segment:} component, as Camel's own starters configure theirs:
 * {@code camel.component.segment.*} (see {@link SegmentComponentConfiguration}) is applied to every Segment
 * component the Camel context creates. Active when camel-spring-boot is on the class path and a CamelContext is
 * there; {@code camel.component.segment.enabled=false} (or {@code camel.component.enabled=false}) turns it off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.segment"})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, SegmentComponentConfiguration.class})
public class SegmentComponentAutoConfiguration {

    /** Applies the properties to each Segment component when Camel creates it. */
    @Lazy
    @Bean
    public ComponentCustomizer configureSegmentComponent(CamelContext camelContext, Environment environment,
            SegmentComponentConfiguration configuration) {
        return new ComponentPropertiesCustomizer(camelContext, environment, "segment", SegmentComponent.class,
                configuration);
    }

    /** Lets {@code camel.component.segment.http-client=#bean:name} name a bean for an option that takes one. */
    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter segmentBeanReferenceConverter(BeanFactory beans) {
        return new BeanReferenceConverter(beans, SegmentComponentConfiguration.REFERENCE_TYPES);
    }
}
