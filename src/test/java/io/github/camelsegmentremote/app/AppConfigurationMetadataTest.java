package io.github.camelsegmentremote.app;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own settings (app.*, remote.*, segment.*, sync.*, copy.* in camel-segment-remote.properties) have
 * Spring Boot configuration metadata, so IDEs complete and describe them: the processor merges
 * src/app/resources/META-INF/additional-spring-configuration-metadata.json into the app's classes. A setting added
 * to the properties file without metadata, or metadata left for a removed setting, fails here.
 */
class AppConfigurationMetadataTest {

    /** A setting read from an environment variable: Spring's ${NAME:default} or Camel's {{env:NAME:default}}. */
    private static final Pattern SETTING = Pattern.compile("(?m)^((?:app|remote|segment|sync|copy)\\.[\\w.-]+)="
            + "(?:\\$\\{|\\{\\{env:)(\\w+):");

    @Test
    void everyAppSettingIsDescribed() throws Exception {
        // The app's own settings and the routes' (which the app imports).
        String file = Files.readString(Path.of("src/app/resources/camel-segment-remote.properties"),
                StandardCharsets.UTF_8) + "\n" + Files.readString(Path.of("routes/application.properties"),
                StandardCharsets.UTF_8);
        Map<String, String> settings = new TreeMap<>();
        Matcher m = SETTING.matcher(file);
        while (m.find()) {
            settings.put(m.group(1), m.group(2));
        }
        assertThat(settings).hasSizeGreaterThan(40);

        JsonNode metadata;
        try (InputStream in = Files.newInputStream(Path.of(
                "target/sandbox-app-classes/META-INF/spring-configuration-metadata.json"))) {
            metadata = JsonBodies.MAPPER.readTree(in);
        }
        Set<String> described = new TreeSet<>();
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asText();
            if (!SETTING.matcher(name + "=${X:").matches()) {
                // Not one of the app's own settings: e.g. the actuator's management.endpoint.sync.* of the app's
                // sync console endpoint, described by Spring Boot.
                continue;
            }
            described.add(name);
            if (settings.containsKey(name)) {
                assertThat(property.path("description").asText()).as(name).isNotBlank()
                        .contains("Environment variable " + settings.get(name));
            }
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(settings.keySet());
    }
}
