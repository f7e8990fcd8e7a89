package io.github.camelsegmentremote.springboot;

import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration of the {@code segment:} component, as Camel's own starters configure theirs:
 * {@code camel.component.segment.*} (see {@link SegmentComponentConfiguration}) is applied to every Segment
 * component the Camel context creates. Active when camel-spring-boot is on the class path and a CamelContext is
 * there; {@code camel.component.segment.enabled=false} (or {@code camel.component.enabled=false}) turns it off.
 * <p>
 * camel-spring-boot is an optional dependency of the library: the class-path check comes first, on this class, and
 * everything that names camel-spring-boot's types is in the nested configuration, so a Spring Boot application
 * without camel-spring-boot starts as before.
 */
@AutoConfiguration(afterName = SegmentComponentAutoConfiguration.CAMEL_AUTO_CONFIGURATION)
@ConditionalOnClass(name = SegmentComponentAutoConfiguration.CAMEL_AUTO_CONFIGURATION)
@Import(SegmentComponentAutoConfiguration.WithCamelSpringBoot.class)
public class SegmentComponentAutoConfiguration {

    /** camel-spring-boot's auto-configuration, which creates the CamelContext. */
    static final String CAMEL_AUTO_CONFIGURATION = "org.apache.camel.spring.boot.CamelAutoConfiguration";

    /** The configuration proper, read only when camel-spring-boot is there. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
    @ConditionalOnHierarchicalProperties({"camel.component", "camel.component.segment"})
    @EnableConfigurationProperties({ComponentConfigurationProperties.class, SegmentComponentConfiguration.class})
    static class WithCamelSpringBoot {

        /** Applies the properties to each Segment component when Camel creates it. */
        @Lazy
        @Bean
        ComponentCustomizer configureSegmentComponent(CamelContext camelContext, Environment environment,
                SegmentComponentConfiguration configuration) {
            return new ComponentPropertiesCustomizer(camelContext, environment, "segment", SegmentComponent.class,
                    configuration);
        }

        /** Lets {@code camel.component.segment.http-client=#bean:name} name a bean for an option taking one. */
        @Bean
        @ConfigurationPropertiesBinding
        static BeanReferenceConverter segmentBeanReferenceConverter(BeanFactory beans) {
            return new BeanReferenceConverter(beans, SegmentComponentConfiguration.REFERENCE_TYPES);
        }
    }
}
