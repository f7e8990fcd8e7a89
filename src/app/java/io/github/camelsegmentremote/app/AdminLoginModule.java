package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import io.hawt.web.auth.RolePrincipal;
import io.hawt.web.auth.UserPrincipal;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;

/**
 * Hawtio's login (its login page and the Basic auth it checks on Jolokia requests) against the app's Spring Security
 * users: Hawtio authenticates through JAAS, and this module hands the name and password to Spring's
 * {@link AuthenticationManager}, so there is one user store and one password. The manager comes in the module's
 * options (see {@link HawtioAdminRealm}).
 */
public class AdminLoginModule implements LoginModule {

    static final String AUTHENTICATION_MANAGER = AuthenticationManager.class.getName();

    private Subject subject;
    private CallbackHandler callbacks;
    private AuthenticationManager manager;
    private Authentication authenticated;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.manager = (AuthenticationManager) options.get(AUTHENTICATION_MANAGER);
    }

    @Override
    public boolean login() throws LoginException {
        if (manager == null || callbacks == null) {
            throw new LoginException("The admin realm is not set up: no authentication manager");
        }
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read the login: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        try {
            authenticated = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    name.getName(), secret == null ? "" : new String(secret)));
            return true;
        } catch (AuthenticationException e) {
            // Never say whether the user or the password was wrong.
            throw new FailedLoginException("Wrong user or password");
        } finally {
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        if (authenticated == null) {
            return false;
        }
        added.add(new UserPrincipal(authenticated.getName()));
        for (GrantedAuthority authority : authenticated.getAuthorities()) {
            String role = authority.getAuthority();
            added.add(new RolePrincipal(role.startsWith("ROLE_") ? role.substring(5) : role));
        }
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        authenticated = null;
        return true;
    }
}
