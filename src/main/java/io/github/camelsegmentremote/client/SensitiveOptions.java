package io.github.camelsegmentremote.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ContextServicePlugin;

/**
 * Makes Camel know this project's credentials as sensitive in every runtime (plain Camel Main, Spring Boot, a
 * hand-made CamelContext), so that Camel masks them wherever it checks ({@code CamelContextHelper.containsSensitive}:
 * Camel Main's start-up summary of {@code camel.component.*} and of property placeholders, the configuration dev
 * console; and Camel's URI sanitizer for endpoint URIs). The names are every option the components declare
 * {@code secret = true} in their generated metadata, so an option added later is covered without a change here,
 * plus the credential properties of the shipped routes' beans.
 * <p>
 * Camel's own list ({@code SensitiveUtils}) is fixed; the extra names go into the context's additional sensitive
 * keywords, merged with what the user configured ({@code camel.main.additional-sensitive-keywords}), never replacing
 * it. Loaded by Camel as a {@link ContextServicePlugin} when a context starts, and again by each component when it
 * initializes (Camel Main sets the configured keywords in between).
 */
public final class SensitiveOptions implements ContextServicePlugin {

    private static final List<String> COMPONENT_METADATA = List.of(
            "META-INF/io/github/camelsegmentremote/segment/segment.json",
            "META-INF/io/github/camelsegmentremote/remote/remote.json");
    /** Credential properties of beans and settings, not component options: the copy route's, the app's. */
    private static final List<String> OTHER_NAMES = List.of("sourceToken", "targetToken", "webhookSigningKey",
            "writeKey");

    private static final Set<String> NAMES = loadNames();

    @Override
    public void load(CamelContext context) {
        register(context);
    }

    /** The names (option names as declared, e.g. {@code writeKey}). */
    public static Set<String> names() {
        return NAMES;
    }

    /** Adds the names to the context's sensitive keywords and to Camel's URI sanitizer (idempotent). */
    public static void register(CamelContext context) {
        UriSecrets.mask(NAMES.toArray(String[]::new));
        if (context == null) {
            return;
        }
        ExtendedCamelContext extension = context.getCamelContextExtension();
        Set<String> keywords = new LinkedHashSet<>();
        String configured = extension.getAdditionalSensitiveKeywords();
        if (configured != null) {
            for (String k : configured.split(",")) {
                if (!k.isBlank()) {
                    keywords.add(k.trim());
                }
            }
        }
        // Camel compares the last segment of a key, lower case and without '-': write-key, writeKey -> writekey.
        NAMES.forEach(n -> keywords.add(n.toLowerCase(Locale.ROOT).replace("-", "")));
        extension.setAdditionalSensitiveKeywords(String.join(",", keywords));
    }

    private static Set<String> loadNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String resource : COMPONENT_METADATA) {
            try (InputStream in = SensitiveOptions.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Component metadata " + resource + " is missing from the "
                            + "class path: the build's camel-component-maven-plugin generates it");
                }
                JsonNode metadata = JsonBodies.MAPPER.readTree(in);
                for (String section : new String[] {"componentProperties", "properties"}) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = metadata.path(section).fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> option = it.next();
                        if (option.getValue().path("secret").asBoolean()) {
                            names.add(option.getKey());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read component metadata " + resource, e);
            }
        }
        names.addAll(OTHER_NAMES);
        return Set.copyOf(names);
    }
}
