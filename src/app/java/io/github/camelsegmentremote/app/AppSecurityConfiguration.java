package io.github.camelsegmentremote.app;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the app's HTTP endpoints, on every address, loopback included (a web page in the user's browser can
 * reach 127.0.0.1):
 * <ul>
 * <li>Hawtio and Jolokia: Hawtio's login (its page, or Basic auth on Jolokia requests), checked by Hawtio against
 * the app's one admin user ({@link HawtioAdminRealm});</li>
 * <li>the rest of the actuator: the same user, by Spring Security (Basic or its form);</li>
 * <li>open: {@code /actuator/health} for probes, and the Remote webhook path ({@code sync.webhook-path}, the same
 * property the route listens on), which checks Remote's HMAC signature itself.</li>
 * </ul>
 * In front of all of them {@link RequestOriginFilter} refuses foreign {@code Host} names (DNS rebinding) and
 * cross-origin requests, and Jolokia's access policy ({@link JolokiaAccessPolicy}) checks origins strictly.
 */
@Configuration(proxyBeanMethods = false)
public class AppSecurityConfiguration {

    private static final String[] HAWTIO_AND_JOLOKIA = {"/actuator/hawtio", "/actuator/hawtio/**",
        "/actuator/jolokia", "/actuator/jolokia/**"};

    @Bean
    AdminLogin adminLogin(@Value("${spring.security.user.name:admin}") String user,
            @Value("${spring.security.user.password:}") String password,
            @Value("${server.address:127.0.0.1}") String address) {
        // Decided from the address the server binds now, not from an earlier reading of the environment.
        return AdminLogin.resolve(user, password, address);
    }

    @Bean
    UserDetailsService appUsers(AdminLogin login) {
        return new InMemoryUserDetailsManager(User.withUsername(login.user())
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(login.password()))
                .roles("admin", "viewer").build());
    }

    /** Hawtio's JAAS realm, installed before the servlet context starts Hawtio. */
    @Bean
    ServletContextInitializer hawtioAdminRealm(UserDetailsService users) {
        AuthenticationManager manager = new ProviderManager(new DaoAuthenticationProvider(users));
        return servletContext -> HawtioAdminRealm.install(manager);
    }

    @Bean
    FilterRegistrationBean<RequestOriginFilter> requestOriginFilter(
            @Value("${app.allowed-hosts:}") String allowedHosts,
            @Value("${sync.webhook-path:/remote/webhooks}") String webhookPath) {
        FilterRegistrationBean<RequestOriginFilter> registration = new FilterRegistrationBean<>(
                new RequestOriginFilter(allowedHosts(allowedHosts), webhookPath));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The webhook's body limit, before Camel reads a byte (see {@link WebhookBodyLimitFilter}). */
    @Bean
    FilterRegistrationBean<WebhookBodyLimitFilter> webhookBodyLimitFilter(
            @Value("${sync.webhook-path:/remote/webhooks}") String webhookPath,
            org.springframework.beans.factory.ObjectProvider<org.apache.camel.CamelContext> camel) {
        FilterRegistrationBean<WebhookBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new WebhookBodyLimitFilter(webhookPath, () -> camel.getObject().getComponent("remote",
                        io.github.camelsegmentremote.remote.RemoteComponent.class).getConfiguration()
                        .getWebhookMaxBodySize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** {@code app.allowed-hosts}: comma-separated host names, lower case. */
    static Set<String> allowedHosts(String setting) {
        return Arrays.stream(setting == null ? new String[0] : setting.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Bean
    SecurityFilterChain appSecurity(HttpSecurity http, AdminLogin login,
            @Value("${sync.webhook-path:/remote/webhooks}") String webhookPath) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(webhookPath, webhookPath + "/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Hawtio's own filter asks for the login on these (Hawtio's login page needs to load).
                        .requestMatchers(HAWTIO_AND_JOLOKIA).permitAll()
                        // Error pages of those (a 404 would otherwise become a Basic challenge, which stalls Hawtio).
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                // Cross-site requests are refused by RequestOriginFilter (browsers send Origin on them) and the
                // session cookie is SameSite=Strict; Hawtio's single-page app does not send Spring's CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(webhookPath, webhookPath + "/**")
                        .ignoringRequestMatchers(HAWTIO_AND_JOLOKIA))
                .build();
    }
}
