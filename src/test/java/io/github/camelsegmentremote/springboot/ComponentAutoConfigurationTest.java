package io.github.camelsegmentremote.springboot;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.remote.RemoteEnvironment;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.segment.SegmentConfiguration;
import io.github.camelsegmentremote.segment.SegmentRegion;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration in a Spring Boot context, option by option: the properties set reach every component of
 * the class (also one named otherwise), {@code #bean:name} names a bean for an option that takes an object, values
 * the application set on a component in Java are not overwritten
 * with defaults, and {@code camel.component.segment.enabled=false} turns it off.
 */
class ComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SegmentComponentAutoConfiguration.class, RemoteComponentAutoConfiguration.class));

    @Test
    void propertiesReachTheComponentOfThatNameAndNotOtherInstances() {
        runner.withUserConfiguration(TargetComponent.class)
                .withPropertyValues("camel.component.segment.write-key=wk-1", "camel.component.segment.region=eu",
                        "camel.component.segment.flush-interval=3s", "camel.component.segment.batch-size=7",
                        "camel.component.segment.query-parameters.granularity=DAY",
                        "camel.component.segment.http-client-configurer=#bean:stamping",
                        "camel.component.remote.token=ra_test_x", "camel.component.remote.environment=sandbox",
                        "camel.component.remote.requestsPerMinute=30")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    SegmentConfiguration c = camel.getComponent("segment", SegmentComponent.class).getConfiguration();
                    assertThat(c.getWriteKey()).isEqualTo("wk-1");
                    assertThat(c.getRegion()).isEqualTo(SegmentRegion.eu);
                    assertThat(c.getFlushInterval()).isEqualTo(3000);
                    assertThat(c.getBatchSize()).isEqualTo(7);
                    assertThat(c.getQueryParameters()).containsEntry("granularity", "DAY");
                    assertThat(c.getHttpClientConfigurer()).isSameAs(context.getBean("stamping"));
                    // As in Camel Main: camel.component.segment.* is the component named segment; a second
                    // instance (the copy's segment-target, its own workspace and region) keeps its own settings.
                    SegmentConfiguration target = camel.getComponent("segment-target", SegmentComponent.class)
                            .getConfiguration();
                    assertThat(target.getWriteKey()).isNull();
                    assertThat(target.getRegion()).isNotEqualTo(SegmentRegion.eu);
                    assertThat(target.getMaxAttempts()).isEqualTo(3);
                    RemoteComponent remote = camel.getComponent("remote", RemoteComponent.class);
                    assertThat(remote.getConfiguration().getToken()).isEqualTo("ra_test_x");
                    assertThat(remote.getConfiguration().getEnvironment()).isEqualTo(RemoteEnvironment.sandbox);
                    assertThat(remote.getConfiguration().getRequestsPerMinute()).isEqualTo(30);
                });
    }

    @Test
    void optionsTheApplicationDoesNotSetKeepWhatItSetInJava() {
        runner.withUserConfiguration(TargetComponent.class)
                .withPropertyValues("camel.component.segment.write-key=wk-2")
                .run(context -> {
                    SegmentConfiguration c = context.getBean(CamelContext.class)
                            .getComponent("segment", SegmentComponent.class).getConfiguration();
                    assertThat(c.getWriteKey()).isEqualTo("wk-2");
                    assertThat(c.getMaxAttempts()).as("set in Java, not overwritten by the default 6").isEqualTo(3);
                });
    }

    @Test
    void enabledFalseTurnsItOff() {
        runner.withPropertyValues("camel.component.segment.enabled=false", "camel.component.segment.write-key=wk-3",
                        "camel.component.remote.token=ra_test_y")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    assertThat(camel.getComponent("segment", SegmentComponent.class).getConfiguration().getWriteKey())
                            .isNull();
                    assertThat(camel.getComponent("remote", RemoteComponent.class).getConfiguration().getToken())
                            .isEqualTo("ra_test_y");
                    assertThat(context.getBeansOfType(ComponentCustomizer.class)).hasSize(1);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class TargetComponent {
        /** The Segment component, configured in Java before the properties apply. */
        @Bean("segment")
        SegmentComponent segment() {
            SegmentComponent component = new SegmentComponent();
            component.getConfiguration().setMaxAttempts(3);
            return component;
        }

        /** A second Segment component, as the copy job's target workspace, configured in Java. */
        @Bean("segment-target")
        SegmentComponent segmentTarget() {
            SegmentComponent component = new SegmentComponent();
            component.getConfiguration().setMaxAttempts(3);
            return component;
        }

        @Bean
        HttpClientConfigurer stamping() {
            return builder -> builder.setUserAgent("stamped");
        }
    }
}
