package io.github.camelsegmentremote.app;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;

import org.springframework.security.authentication.AuthenticationManager;

/**
 * The JAAS realm Hawtio logs in with ({@code hawtio.realm}): one entry, {@link AdminLoginModule}, checking against
 * the app's Spring Security users. Installed as the JVM's JAAS configuration before Hawtio starts; every other realm
 * name is answered by the configuration it replaces.
 * <p>
 * Why not Hawtio's own Spring Security integration: hawtio-springboot 5.2.0 switches to it only when the class
 * {@code io.hawt.springboot.security.HawtioSpringSecurityLoginModule} loads, and that class is not in the jar, so it
 * silently falls back to a JAAS realm nobody configured ("Login Failure: all modules ignored").
 */
final class HawtioAdminRealm extends Configuration {

    /** The realm name the app sets as {@code hawtio.realm}. */
    static final String NAME = "camel-segment-remote-admin";

    private final Configuration previous;
    private final AppConfigurationEntry[] entries;

    private HawtioAdminRealm(Configuration previous, AuthenticationManager manager) {
        this.previous = previous;
        this.entries = new AppConfigurationEntry[] {new AppConfigurationEntry(AdminLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                Map.of(AdminLoginModule.AUTHENTICATION_MANAGER, manager))};
    }

    /** Makes the realm known to JAAS (again, with the new manager, when the app starts a second time in a JVM). */
    static synchronized void install(AuthenticationManager manager) {
        Configuration current = currentOrNull();
        Configuration previous = current instanceof HawtioAdminRealm realm ? realm.previous : current;
        Configuration.setConfiguration(new HawtioAdminRealm(previous, manager));
    }

    private static Configuration currentOrNull() {
        try {
            return Configuration.getConfiguration();
        } catch (SecurityException noConfiguration) {
            return null;
        }
    }

    @Override
    public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        if (NAME.equals(name)) {
            return entries.clone();
        }
        return previous == null ? null : previous.getAppConfigurationEntry(name);
    }

    @Override
    public void refresh() {
        if (previous != null) {
            previous.refresh();
        }
    }
}
