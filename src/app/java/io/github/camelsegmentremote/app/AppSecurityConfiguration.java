package io.github.camelsegmentremote.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may use the app's HTTP endpoints. Bound to loopback (the default), only local users can reach it and
 * everything is open, Hawtio included. Bound to any other address, Hawtio, Jolokia and the actuator need a login
 * ({@code APP_ADMIN_USER} / {@code APP_ADMIN_PASSWORD}); the app refuses to start without a password. The Remote
 * webhook path stays open in both cases: it checks Remote's HMAC signature itself.
 */
@Configuration(proxyBeanMethods = false)
public class AppSecurityConfiguration {

    /**
     * The admin user when a password is configured, else no user at all: Spring Boot's default would generate a
     * password and print it in the log.
     */
    @Bean
    UserDetailsService appUsers(@Value("${spring.security.user.name:admin}") String user,
            @Value("${spring.security.user.password:}") String password) {
        if (password == null || password.isBlank()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(user)
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                .roles("admin", "viewer").build());
    }

    @Bean
    SecurityFilterChain appSecurity(HttpSecurity http, @Value("${server.address:127.0.0.1}") String address,
            @Value("${spring.security.user.password:}") String password,
            @Value("${app.webhook-path:/remote/webhooks}") String webhookPath) throws Exception {
        // Decided from the address the server binds now, not from an earlier reading of the environment: property
        // sources added after the environment was prepared (a test's dynamic properties, say) must not open the
        // endpoints of a server that binds to every interface.
        if (SandboxEnvironmentListener.isLoopback(address)) {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("The app binds to a non-loopback address (APP_BIND_ADDRESS), so Hawtio "
                    + "and the actuator require a login: set APP_ADMIN_PASSWORD (and optionally APP_ADMIN_USER).");
        }
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        // Hawtio's single-page app reads the token from the cookie.
        csrfHandler.setCsrfRequestAttributeName(null);
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(webhookPath, webhookPath + "/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(webhookPath, webhookPath + "/**"))
                .build();
    }
}
