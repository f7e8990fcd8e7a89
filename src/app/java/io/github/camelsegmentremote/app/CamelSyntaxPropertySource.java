package io.github.camelsegmentremote.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * routes/application.properties as Spring sees it: its values in Camel's syntax ({@code {{env:NAME:default}}},
 * {@code {{key:default}}}, nested) resolved against the Spring environment, so Spring-bound settings (the
 * components' {@code camel.component.*} auto-configuration, typed as enums and numbers) get the same values as
 * Camel Main gives them. The environment's other sources (command line, the sandbox's settings) still win over it.
 */
final class CamelSyntaxPropertySource extends EnumerablePropertySource<EnumerablePropertySource<?>> {

    /** The innermost placeholder: resolving those first handles nesting. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final String ENV = "env:";
    private static final int MAX_DEPTH = 20;

    private final ConfigurableEnvironment environment;

    private CamelSyntaxPropertySource(EnumerablePropertySource<?> file, ConfigurableEnvironment environment) {
        super(file.getName(), file);
        this.environment = environment;
    }

    /** Wraps every property source the environment loaded from routes/application.properties. */
    static void install(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> file && !(source instanceof CamelSyntaxPropertySource)
                    && source.getName().contains("routes/application.properties")) {
                environment.getPropertySources().replace(source.getName(),
                        new CamelSyntaxPropertySource(file, environment));
            }
        }
    }

    @Override
    public String[] getPropertyNames() {
        return getSource().getPropertyNames();
    }

    @Override
    public Object getProperty(String name) {
        Object value = getSource().getProperty(name);
        return value == null ? null : resolve(value.toString(), 0);
    }

    private String resolve(String value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("Circular property placeholder in " + value);
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (!placeholder.find()) {
            return value;
        }
        StringBuilder resolved = new StringBuilder();
        do {
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(lookUp(placeholder.group(1))));
        } while (placeholder.find());
        placeholder.appendTail(resolved);
        return resolve(resolved.toString(), depth + 1);
    }

    /** {@code env:NAME:default} from the process environment, {@code key:default} from the Spring environment. */
    private String lookUp(String expression) {
        boolean fromEnv = expression.startsWith(ENV);
        String rest = fromEnv ? expression.substring(ENV.length()) : expression;
        int colon = rest.indexOf(':');
        String key = colon < 0 ? rest : rest.substring(0, colon);
        String fallback = colon < 0 ? null : rest.substring(colon + 1);
        String value = fromEnv ? System.getenv(key) : environment.getProperty(key);
        if (value != null) {
            return value;
        }
        if (fallback == null) {
            throw new IllegalArgumentException("Property " + key + " is not set (used in routes/application.properties)"
                    + (fromEnv ? ": set the environment variable " + key : ""));
        }
        return fallback;
    }
}
